import { afterEach, describe, expect, it, vi } from "vitest";
import { startScheduler } from "./scheduler";

afterEach(() => vi.useRealTimers());

describe("startScheduler", () => {
  it("runs at once, then every interval, and never overlaps a slow run", async () => {
    vi.useFakeTimers();
    let calls = 0;
    let release: () => void = () => {};
    const run = vi.fn(() => {
      calls++;
      return new Promise<void>((resolve) => (release = resolve));
    });
    const stop = startScheduler(run, { intervalMs: 60_000 });
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(120_000); // the first run is still going
    expect(calls).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(2);
    stop();
    release();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toBe(2);
  });

  it("keeps going after a failed run", async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    const run = vi.fn().mockRejectedValueOnce(new Error("smtp down")).mockResolvedValue(undefined);
    const stop = startScheduler(run, { intervalMs: 1000, onError: (e) => errors.push(e) });
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(errors).toHaveLength(1);
    stop();
  });
});
