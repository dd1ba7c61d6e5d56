import { afterEach, describe, expect, it, vi } from "vitest";
import { memoizeInProduction } from "./memo";

afterEach(() => vi.unstubAllEnvs());

describe("memoizeInProduction", () => {
  it("loads once per key in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const load = vi.fn(async (key: string) => `${key}!`);
    const memo = memoizeInProduction(load);
    expect(await Promise.all([memo("en"), memo("en"), memo("zh")])).toEqual(["en!", "en!", "zh!"]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("does not remember a failure: the next call tries again", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const load = vi.fn().mockRejectedValueOnce(new Error("disk")).mockResolvedValue("ok");
    const memo = memoizeInProduction(load as (key: string) => Promise<string>);
    await expect(memo("en")).rejects.toThrow("disk");
    expect(await memo("en")).toBe("ok");
  });

  it("reloads every time in development, so edited content shows up", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const load = vi.fn(async () => "x");
    const memo = memoizeInProduction(load);
    await memo();
    await memo();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shares results across separately loaded copies when told to (start-up code and pages)", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const first = vi.fn(async () => "built at start");
    const second = vi.fn(async () => "built again");
    expect(await memoizeInProduction(first, { shareAs: "memoTestSlot" })()).toBe("built at start");
    expect(await memoizeInProduction(second, { shareAs: "memoTestSlot" })()).toBe("built at start");
    expect(second).not.toHaveBeenCalled();
  });
});
