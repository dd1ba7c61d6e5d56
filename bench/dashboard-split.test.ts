import { describe, expect, it } from "vitest";
import { dashboardSplit } from "./dashboard-split";

const only = (ratio: number) => ({ median: ratio, all: [ratio] });

describe("dashboardSplit", () => {
  it("splits the dashboard's time into the framework's, the frame's own and the list's own", () => {
    const split = dashboardSplit({
      dashboard: only(0.25), // 4 floor-times
      structure: only(0.625), // 1.6
      reads: only(0.5), // 2
      frame: only(0.625), // 1.6
      frameCopy: only(1.25), // 0.8
    });
    expect(split.framework).toBeCloseTo(1.6);
    expect(split.allowance).toBeCloseTo(0.4);
    expect(split.reads).toBeCloseTo(0.4);
    expect(split.allowanceAfterReads).toBeCloseTo(0);
    expect(split.frameOwn).toBeCloseTo(0.8);
    expect(split.listOwn).toBeCloseTo(1.6);
    expect(split.withoutList).toBeCloseTo(1 / 2.4);
    expect(split.withoutListRange[0]).toBeCloseTo(1 / 2.4);
    expect(split.withoutListRange[1]).toBeCloseTo(1 / 2.4);
  });

  it("takes the range from the rounds' extremes, each on the side that moves it that way", () => {
    const split = dashboardSplit({
      dashboard: only(0.25),
      structure: { median: 0.625, all: [0.5, 0.625, 1] },
      reads: { median: 0.5, all: [0.6, 0.5, 0.4] },
      frame: { median: 0.625, all: [0.5, 0.625, 1] },
      frameCopy: { median: 1.25, all: [1, 1.25, 2] },
    });
    // Slowest framework and frame, fastest copy: 2 + 2 - 0.5; the reverse: 1 + 1 - 1.
    expect(split.withoutListRange).toEqual([1 / 3.5, 1]);
    expect(split.withReadsRange).toEqual([0.4, 0.6]);
    expect(split.withoutList).toBeCloseTo(1 / 2.4);
  });
});
