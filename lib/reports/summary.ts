import type { ReportFacts } from "./report-of-case";

/**
 * The figures readers' reports add to an operator's page, private by construction (issue #27):
 *
 * - **k = 10.** Nothing is shown for an operator with fewer than k reports in the period, and no
 *   figure is shown with fewer than k reports behind it: a channel's share only when at least k
 *   reports name that channel; "needed a chase" and "final bill wrong" as a share only when at
 *   least k reports say so, else as "fewer than 10"; days to the end only from k reports that
 *   know it.
 * - **Rounded.** Counts are shown as a band of five ("10–14"), shares to the nearest 5 %, days
 *   to whole days. There are no breakdowns by anything else (type, month), so no two published
 *   cells differ by a few reports.
 * - **Released in batches.** The period is the 12 whole months before the current one. A report
 *   counts from the first month after it was shared, and only once at least k reports for that
 *   operator are waiting (shared, not yet counted): they enter together. Comparing the page
 *   before and after someone shares therefore shows no change, or a change made by k reports at
 *   once, never one report's.
 */
export const reportThreshold = 10;
const bandWidth = 5;
const percentStep = 5;

export type Month = string; // YYYY-MM

/** A report with the month it was shared (the only date the table has besides `sentMonth`). */
export type StoredReport = ReportFacts & { filedMonth: Month };

/** "10–14": at least `from`, fewer than `below`. */
export type CountBand = { from: number; below: number };
/** A share of the period's reports: a rounded percentage, or "fewer than k" of them. */
export type Share = { percent: number } | { fewerThan: number };
export type DaySpread = { median: number; lowerQuartile: number; upperQuartile: number };

export type ReportSummary = {
  operator: string;
  /** The month the figures are for (the current one); they count reports shared before it. */
  asOf: Month;
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
      channels: { channel: string; percent: number }[];
      /** Whether some reports name channels not listed (each below k). */
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

/** The 12 whole months before `asOf`. */
export function reportPeriod(asOf: Month): { from: Month; to: Month } {
  return { from: addMonths(asOf, -12), to: addMonths(asOf, -1) };
}

/**
 * The last month whose shared reports are released as of `asOf` (null: none yet). Months are
 * taken in order; reports wait until at least k have gathered, then all of them are released.
 * Reports too old to count in any period after they were shared never count towards a batch.
 */
export function releasedThrough(
  reports: readonly Pick<StoredReport, "sentMonth" | "filedMonth">[],
  asOf: Month,
): Month | null {
  const waiting = new Map<Month, number>();
  for (const r of reports)
    if (r.filedMonth < asOf && addMonths(r.sentMonth, 12) > r.filedMonth)
      waiting.set(r.filedMonth, (waiting.get(r.filedMonth) ?? 0) + 1);
  let released: Month | null = null;
  let gathered = 0;
  for (const month of [...waiting.keys()].sort()) {
    gathered += waiting.get(month)!;
    if (gathered >= reportThreshold) [released, gathered] = [month, 0];
  }
  return released;
}

/** The reports that count in the figures as of `asOf`: released, and sent within the period. */
export function countedReports<R extends Pick<StoredReport, "sentMonth" | "filedMonth">>(
  reports: readonly R[],
  asOf: Month,
): R[] {
  const released = releasedThrough(reports, asOf);
  if (released === null) return [];
  const { from, to } = reportPeriod(asOf);
  return reports.filter(
    (r) => r.filedMonth <= released && r.sentMonth >= from && r.sentMonth <= to,
  );
}

export function summarizeReports(
  operator: string,
  stored: readonly StoredReport[],
  asOf: Month,
): ReportSummary {
  const head = { operator, asOf, period: reportPeriod(asOf), threshold: reportThreshold };
  const reports = countedReports(
    stored.filter((r) => r.operator === operator),
    asOf,
  );
  const n = reports.length;
  if (n < reportThreshold) return { ...head, enough: false };

  const byChannel = new Map<string, number>();
  for (const r of reports) byChannel.set(r.channel, (byChannel.get(r.channel) ?? 0) + 1);
  const channels = [...byChannel]
    .filter(([, count]) => count >= reportThreshold)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([channel, count]) => ({ channel, percent: roundedPercent(count, n) }));

  const ends = reports.flatMap((r) => (r.daysToEnd === null ? [] : [r.daysToEnd]));
  const checked = reports.filter((r) => r.finalBillRight !== null);
  return {
    ...head,
    enough: true,
    reports: band(n),
    daysToConfirmation: spread(reports.map((r) => r.daysToConfirmation)),
    daysToEnd: ends.length >= reportThreshold ? spread(ends) : null,
    channels,
    otherChannels: channels.length < byChannel.size,
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
  return count >= reportThreshold
    ? { percent: roundedPercent(count, of) }
    : { fewerThan: reportThreshold };
}

function roundedPercent(count: number, of: number): number {
  return Math.round((100 * count) / of / percentStep) * percentStep;
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
