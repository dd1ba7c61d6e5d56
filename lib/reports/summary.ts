import type { ReportFacts } from "./report-of-case";

/**
 * The figures readers' reports add to an operator's page, private by construction (issue #27):
 *
 * - **k = 10.** Nothing is shown for an operator with fewer than k reports, and no figure has
 *   fewer than k reports behind it: a channel's share only when at least k reports name that
 *   channel ("other channels" only when k reports are in it); "needed a chase" and "final bill
 *   wrong" as a share only when at least k reports say so, else as "fewer than 10"; days to the
 *   end only from k reports that know it.
 * - **Both sides of a share.** A share is a percentage only when at least k reports are on each
 *   side of it; else "fewer than 10" or "all but fewer than 10" (a 100 % would tell the answer
 *   of anyone known to be among the reports).
 * - **Rounded.** Counts are shown as a band of five ("10–14"), shares to the nearest 5 %, days
 *   to whole days. No breakdowns by anything else (type, month), so no two published cells
 *   differ by a few reports.
 * - **Released in batches, once.** A report waits until the first month after it was shared in
 *   which reports from at least k different accounts are waiting for its operator (about
 *   cancellations sent in the 12 months before); then one from each account joins the figures,
 *   together, that month is stored with them (`releasedMonth`) and they count for 12 months.
 * - **Recomputed only when a batch joins.** The data layer stores each month's figures at its
 *   first read (lib/data/reports.ts) and, in a month without a batch, publishes the last ones
 *   again, so a withdrawal, an update or a batch leaving shows only merged with k new reports.
 */
export const reportThreshold = 10;
const bandWidth = 5;
const percentStep = 5;

export type Month = string; // YYYY-MM

/** A stored report with the months the release rule reads. */
export type StoredReport = ReportFacts & { filedMonth: Month; releasedMonth: Month | null };
/** A waiting report as the release rule reads it, with an opaque key of the account it is from. */
export type WaitingReport = Pick<StoredReport, "sentMonth" | "filedMonth" | "releasedMonth"> & {
  account: string;
};

/** "10–14": at least `from`, fewer than `below`. */
export type CountBand = { from: number; below: number };
/**
 * A share of the reports: a rounded percentage when at least k reports are on each side of it,
 * else "fewer than k" of them or "all but fewer than k" (a 100 % or a 95 % would tell the answer
 * of anyone known to be among them).
 */
export type Share = { percent: number } | { fewerThan: number } | { allButFewerThan: number };
export type DaySpread = { median: number; lowerQuartile: number; upperQuartile: number };

export type ReportSummary = {
  operator: string;
  /** The month the figures are for; they count the batches released in `period`. */
  asOf: Month;
  /** The months in which the counted reports joined the figures (the 12 up to `asOf`). */
  period: { from: Month; to: Month };
  threshold: number;
} & (
  | { enough: false }
  | {
      enough: true;
      reports: CountBand;
      daysToConfirmation: DaySpread;
      daysToEnd: DaySpread | null;
      /** Channels that k or more reports name, with their share; most used first. */
      channels: { channel: string; share: Share }[];
      /** Whether k or more reports name channels not listed (each below k). */
      otherChannels: boolean;
      chaseOrComplaint: Share;
      /** Of the reports whose final bill was checked (null: fewer than k were). */
      finalBillWrong: Share | null;
    }
);

export function addMonths(month: Month, n: number): Month {
  const [year, index] = month.split("-").map(Number) as [number, number];
  const total = year * 12 + (index - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** The release months whose batches count as of `asOf`: the 12 up to and including it. */
export function reportPeriod(asOf: Month): { from: Month; to: Month } {
  return { from: addMonths(asOf, -11), to: asOf };
}

/**
 * The waiting reports `asOf` releases: of those shared before it about cancellations sent in the
 * 12 months before it, the earliest shared of each account, when at least k accounts have one;
 * else none. One account cannot fill a batch, so nobody can surround one reader's report with
 * nine known ones without nine accounts.
 */
export function releasable<R extends WaitingReport>(reports: readonly R[], asOf: Month): R[] {
  const oldest = addMonths(asOf, -12);
  const firstOfEach = new Map<string, R>();
  for (const r of [...reports].sort((a, b) => a.filedMonth.localeCompare(b.filedMonth)))
    if (r.releasedMonth === null && r.filedMonth < asOf && r.sentMonth >= oldest)
      if (!firstOfEach.has(r.account)) firstOfEach.set(r.account, r);
  return firstOfEach.size >= reportThreshold ? [...firstOfEach.values()] : [];
}

/** Whether a report counts in the figures as of `asOf` (released within the period). */
export function countsAsOf(report: Pick<StoredReport, "releasedMonth">, asOf: Month): boolean {
  const { from, to } = reportPeriod(asOf);
  return (
    report.releasedMonth !== null && report.releasedMonth >= from && report.releasedMonth <= to
  );
}

/** The figures as of `asOf` from an operator's stored reports (released ones count). */
export function summarizeReports(
  operator: string,
  stored: readonly StoredReport[],
  asOf: Month,
): ReportSummary {
  const head = { operator, asOf, period: reportPeriod(asOf), threshold: reportThreshold };
  const reports = stored.filter((r) => r.operator === operator && countsAsOf(r, asOf));
  const n = reports.length;
  if (n < reportThreshold) return { ...head, enough: false };

  const byChannel = new Map<string, number>();
  for (const r of reports) byChannel.set(r.channel, (byChannel.get(r.channel) ?? 0) + 1);
  const shown = [...byChannel].filter(([, count]) => count >= reportThreshold);
  const channels = shown
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([channel, count]) => ({ channel, share: share(count, n) }));
  const inOthers = n - shown.reduce((sum, [, count]) => sum + count, 0);

  const ends = reports.flatMap((r) => (r.daysToEnd === null ? [] : [r.daysToEnd]));
  const checked = reports.filter((r) => r.finalBillRight !== null);
  return {
    ...head,
    enough: true,
    reports: band(n),
    daysToConfirmation: spread(reports.map((r) => r.daysToConfirmation)),
    daysToEnd: ends.length >= reportThreshold ? spread(ends) : null,
    channels,
    otherChannels: inOthers >= reportThreshold,
    chaseOrComplaint: share(reports.filter((r) => r.chaseOrComplaint).length, n),
    finalBillWrong:
      checked.length >= reportThreshold
        ? share(checked.filter((r) => r.finalBillRight === false).length, checked.length)
        : null,
  };
}

function band(n: number): CountBand {
  const from = Math.floor(n / bandWidth) * bandWidth;
  return { from, below: from + bandWidth };
}

function share(count: number, of: number): Share {
  if (count < reportThreshold) return { fewerThan: reportThreshold };
  if (of - count < reportThreshold) return { allButFewerThan: reportThreshold };
  return { percent: Math.round((100 * count) / of / percentStep) * percentStep };
}

/** Median and quartiles (nearest rank on the sorted days; the median of an even count is rounded up). */
function spread(days: readonly number[]): DaySpread {
  const sorted = [...days].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? sorted[Math.floor(middle)]!
      : Math.ceil((sorted[middle - 1]! + sorted[middle]!) / 2);
  return { median, lowerQuartile: at(0.25), upperQuartile: at(0.75) };
}
