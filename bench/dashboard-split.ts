/**
 * The dashboard's time per request split into parts, in units of the floor's time per request
 * (1 / a pair's ratio; the goal, 0.5×, allows 2):
 *
 * - the framework: the dashboard's elements in the bare copy of our route structure;
 * - the reads: the same copy making our data layer's reads for the page (bench/dashboard-reads.ts),
 *   beyond the framework (a difference of two pairs' medians, so within their noise). The copy
 *   with the reads is measured in pairs of its own: what the goal leaves after it is all the rest
 *   of our code may take;
 * - the frame's own code: the signed-in frame (the dashboard of a user with no case) beyond the
 *   framework's cost for its elements in the same copy. It includes the dashboard's fixed work
 *   for an empty list (the controls' options, the counts), which other signed-in pages do not do;
 * - the list's own code: the rest of the dashboard's time.
 *
 * Each part comes from pairs measured in different minutes, each against the floor of its own
 * minute, so the parts are added as costs per request. The dashboard with the list's own code at
 * no cost is given for the medians and, as a range, for the rounds' extremes on either side.
 */
export type PairRatios = { median: number; all: readonly number[] };

export function dashboardSplit(pairs: {
  dashboard: PairRatios;
  structure: PairRatios;
  reads: PairRatios;
  frame: PairRatios;
  frameCopy: PairRatios;
}) {
  const floorTimes = (ratio: number) => 1 / ratio;
  const framework = floorTimes(pairs.structure.median);
  const frameOwn = floorTimes(pairs.frame.median) - floorTimes(pairs.frameCopy.median);
  const withoutList = (structure: number, frame: number, frameCopy: number) =>
    1 / (floorTimes(structure) + floorTimes(frame) - floorTimes(frameCopy));
  const [low, high] = [Math.min, Math.max];
  return {
    framework,
    allowance: 2 - framework,
    reads: floorTimes(pairs.reads.median) - framework,
    allowanceAfterReads: 2 - floorTimes(pairs.reads.median),
    /** The copy with the reads, as a ratio to the floor: its median pair and its rounds' range. */
    withReads: pairs.reads.median,
    withReadsRange: [low(...pairs.reads.all), high(...pairs.reads.all)] as const,
    frameOwn,
    listOwn: floorTimes(pairs.dashboard.median) - framework - frameOwn,
    withoutList: withoutList(pairs.structure.median, pairs.frame.median, pairs.frameCopy.median),
    withoutListRange: [
      withoutList(
        low(...pairs.structure.all),
        low(...pairs.frame.all),
        high(...pairs.frameCopy.all),
      ),
      withoutList(
        high(...pairs.structure.all),
        high(...pairs.frame.all),
        low(...pairs.frameCopy.all),
      ),
    ] as const,
  };
}
