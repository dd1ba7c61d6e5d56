import { dateTimeFormat } from "@/lib/intl-cache";
/**
 * Date-only arithmetic on YYYY-MM-DD strings. Values are treated as calendar days, computed at
 * UTC midnight purely as a counting device, so no time zone or DST change can shift them.
 */
export type IsoDate = string;

// The default zone is stored by the schema (the accounts' default), so it is declared below.
export { defaultTimeZone } from "@/core/vocabulary";

const toUtc = (date: IsoDate) => new Date(`${date}T00:00:00Z`);
const fromUtc = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function lastDayOfMonth(date: IsoDate, monthsAhead = 0): IsoDate {
  const d = toUtc(date);
  return fromUtc(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthsAhead + 1, 0)));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Today's calendar date for someone in `timeZone` (an IANA name such as Europe/Oslo). */
export function todayIn(timeZone: string, now: Date): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return dateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}
