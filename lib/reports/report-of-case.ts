import type { Status } from "@/core/vocabulary";
import { daysBetween, type IsoDate } from "@/lib/tracker/dates";

/**
 * What one closed case can tell other readers (issue #27): the operator, the kind of
 * subscription, the channel that worked, the month it was sent, how many days confirmation and
 * the end took, whether a chase or complaint was needed, whether the final bill was right.
 * Everything is derived from the case (nothing typed for the report, so it carries no free text)
 * and nothing finer than a month is kept.
 */
export type ReportFacts = {
  operator: string;
  subscriptionType: string;
  channel: string;
  sentMonth: string; // YYYY-MM
  daysToConfirmation: number;
  daysToEnd: number | null;
  chaseOrComplaint: boolean;
  finalBillRight: boolean | null;
};

/** Why a case cannot be shared; each has a sentence on the case page. */
export type NotReportable =
  | "not-closed" // only a confirmed or completed case has something to tell
  | "other-operator" // no operator page to show it on, and the name would be free text
  | "not-through-stages"; // not recorded as sent before it was confirmed

export const reportableStatuses: readonly Status[] = ["confirmed", "completed"];

/** The letters that count as "a chase or complaint was needed", once marked sent. */
export const chaseLetterKinds = ["chase", "operator-complaint", "bkn-complaint"] as const;

/** A case as the report reads it: its fields, its status moves in order, its sent letters. */
export type ReportableCase = {
  provider: string;
  subscriptionType: string;
  channel: string;
  status: Status;
  submittedOn: IsoDate | null;
  confirmedOn: IsoDate | null;
  endsOn: IsoDate | null;
  finalBillChecked: boolean;
  finalBillDisputed: boolean;
  /** The statuses the case reached, oldest first (creation included). */
  statusPath: readonly string[];
  /** Kinds of the case's letters marked sent. */
  sentLetterKinds: readonly string[];
};

/** Longest plausible wait we accept, so one mistyped year cannot skew a median's neighbours. */
const maxDays = 366;

export function reportOfCase(
  c: ReportableCase,
  operatorIds: readonly string[],
): { ok: true; facts: ReportFacts } | { ok: false; reason: NotReportable } {
  if (!reportableStatuses.includes(c.status)) return { ok: false, reason: "not-closed" };
  if (!operatorIds.includes(c.provider)) return { ok: false, reason: "other-operator" };
  const sentAt = c.statusPath.indexOf("submitted");
  const confirmedAt = c.statusPath.indexOf("confirmed");
  if (!c.submittedOn || !c.confirmedOn || sentAt < 0 || confirmedAt < sentAt)
    return { ok: false, reason: "not-through-stages" };
  const daysToConfirmation = daysBetween(c.submittedOn, c.confirmedOn);
  if (daysToConfirmation < 0 || daysToConfirmation > maxDays)
    return { ok: false, reason: "not-through-stages" };
  const daysToEnd = c.endsOn ? daysBetween(c.submittedOn, c.endsOn) : null;
  return {
    ok: true,
    facts: {
      operator: c.provider,
      subscriptionType: c.subscriptionType,
      channel: c.channel,
      sentMonth: c.submittedOn.slice(0, 7),
      daysToConfirmation,
      daysToEnd: daysToEnd !== null && daysToEnd >= 0 && daysToEnd <= maxDays ? daysToEnd : null,
      chaseOrComplaint: c.sentLetterKinds.some((kind) =>
        (chaseLetterKinds as readonly string[]).includes(kind),
      ),
      finalBillRight: c.finalBillDisputed ? false : c.finalBillChecked ? true : null,
    },
  };
}
