import { afterEach, describe, expect, it, vi } from "vitest";
import { readEnv } from "@/core/env";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function clockWith(testNow: string | undefined) {
  vi.stubEnv("TEST_NOW", testNow);
  vi.resetModules();
  return import("./clock");
}

describe("the app's clock", () => {
  it("follows the system clock when nothing is pinned", async () => {
    const clock = await clockWith(undefined);
    const before = Date.now();
    expect(clock.now()).toBeGreaterThanOrEqual(before);
    expect(clock.now()).toBeLessThanOrEqual(Date.now());
  });

  it("is pinned by TEST_NOW, and 'today' is the calendar day where the user lives", async () => {
    // 23:30 UTC on 25 November is already 26 November in Oslo, still the 25th in New York.
    const clock = await clockWith("2026-11-25T23:30:00Z");
    expect(clock.now()).toBe(Date.parse("2026-11-25T23:30:00Z"));
    expect(clock.today()).toBe("2026-11-26");
    expect(clock.today("America/New_York")).toBe("2026-11-25");
    expect(clock.nowIso()).toBe("2026-11-25T23:30:00.000Z");
  });

  it("cannot be pinned in production", () => {
    expect(() => readEnv({ NODE_ENV: "production", TEST_NOW: "2026-11-26T01:30:00Z" })).toThrow(
      /TEST_NOW: is for tests only/,
    );
    expect(readEnv({ NODE_ENV: "development", TEST_NOW: "2026-11-26T01:30:00Z" }).TEST_NOW).toBe(
      "2026-11-26T01:30:00Z",
    );
    expect(() => readEnv({ NODE_ENV: "test", TEST_NOW: "yesterday" })).toThrow(/TEST_NOW/);
  });
});
