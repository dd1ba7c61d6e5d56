import { noticeRules, type NoticeRule } from "@/lib/content/operator-schema";
import { followUp } from "@/lib/reminders/kinds";
import { addDays, type IsoDate } from "./dates";
import { suggestEndDate } from "./end-date";
import type { Status } from "./status";

/**
 * The one case model: from a case's record and the letters it has sent, every deadline with its
 * reason, what waits on whom, whether it is overdue, the next thing to do, and the progress line.
 * The case page, the dashboard (through the columns written from it, lib/data/case-model-columns),
 * the progress line, next steps, reminders, the calendar and letter availability all read it;
 * nothing else works out a deadline.
 */

/** Finished cases: no deadlines, no calendar events, nothing waits on anyone. */
export const closedStatuses = ["completed", "withdrawn"] as const satisfies readonly Status[];
export function isClosed(status: Status): boolean {
  return (closedStatuses as readonly Status[]).includes(status);
}

/** Days after the end date by which the final bill should have arrived. */
export const finalBillAfterDays = 14;
/** Days a chase gives the operator to confirm (the chase letter: "innen sju dager"). */
export const chaseGivesDays = 7;
/** Days a written complaint gives the operator to answer (the complaint letter asks for it). */
export const complaintGivesDays = 14;

export type CaseRecord = {
  status: Status;
  createdAt: string;
  submittedOn: IsoDate | null;
  confirmedOn: IsoDate | null;
  endsOn: IsoDate | null;
  finalBillChecked: boolean;
  finalBillDisputed: boolean;
  /** The end date the user asked for (typed, or from the cancellation letter they sent). */
  requestedEndOn: IsoDate | null;
  /** The case's own done-by date (e.g. the day the user leaves Norway). */
  doneBy: IsoDate | null;
  /** The operator's notice rule, as stored with the case (a string: the column is plain text). */
  noticeRule: string | null;
  /** The account's leaving date: every open case without its own done-by date must be done by it. */
  accountLeavingOn: IsoDate | null;
};

/** What the case's letters add: the day each kind was last sent (null: never). */
export type CaseLetterEvents = { chasedOn: IsoDate | null; complainedOn: IsoDate | null };
export const noLetters: CaseLetterEvents = { chasedOn: null, complainedOn: null };

/** The letters a case has, reduced to what the model needs. */
export function letterEvents(
  letters: { kind: string; sentOn: IsoDate | null }[],
): CaseLetterEvents {
  const last = (kind: string) =>
    letters
      .filter((l) => l.kind === kind && l.sentOn)
      .map((l) => l.sentOn!)
      .sort()
      .at(-1) ?? null;
  // A final-bill dispute and a claim for what was billed in advance ask for a written answer
  // too: for the model they are complaints (their silence leads on to Brukerklagenemnda).
  const complaints = [
    last("operator-complaint"),
    last("final-bill-dispute"),
    last("advance-refund"),
  ].filter((d): d is IsoDate => d !== null);
  return { chasedOn: last("chase"), complainedOn: complaints.sort().at(-1) ?? null };
}

/**
 * A date something should have happened by. `action` deadlines are someone's to meet (the
 * operator's confirmation, the user's final-bill check): past them the case is overdue. The end
 * of the service is only a date.
 */
export const deadlineKinds = [
  "send-by",
  "confirmation",
  "chase-answer",
  "complaint-answer",
  "service-ends",
  "final-bill",
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];
/**
 * `from` is the date the deadline counts from: the event it follows (`counts: "after"`: a
 * letter sent, the end), or, for "send by", the done-by date it counts back from.
 */
export type Deadline = {
  kind: DeadlineKind;
  on: IsoDate;
  action: boolean;
  from: IsoDate;
  counts: "after" | "before";
};

export type WaitingOn = "user" | "operator" | "nobody";
export type NextAction =
  | "send-cancellation"
  | "wait-for-confirmation"
  | "chase"
  | "wait-for-chase-answer"
  | "complain"
  | "wait-for-complaint-answer"
  | "brukerklagenemnda"
  | "wait-for-end"
  | "check-final-bill"
  | null;

/**
 * Every deadline the case has, whatever today is, in date order. A chase replaces the plain
 * confirmation deadline with its own; a complaint adds the operator's answer deadline.
 */
export function caseDeadlines(c: CaseRecord, events: CaseLetterEvents): Deadline[] {
  if (c.status === "withdrawn") return [];
  const out: Deadline[] = [];
  const doneBy = doneByOf(c);
  if (c.status === "planned" && doneBy)
    out.push({
      kind: "send-by",
      on: latestSendDay(noticeRuleOf(c), doneBy.on),
      action: true,
      from: doneBy.on,
      counts: "before",
    });
  const waiting = c.status === "submitted" && c.submittedOn !== null;
  const chased = waiting && events.chasedOn !== null && events.chasedOn >= c.submittedOn!;
  if (waiting && !chased)
    out.push(deadline("confirmation", c.submittedOn!, followUp.everyDays, true));
  if (chased) out.push(deadline("chase-answer", events.chasedOn!, chaseGivesDays, true));
  // A complaint counts for the phase it was sent in: about the cancellation (sent on or after
  // it), or about a disputed bill (sent on or after the end).
  const complaintAbout = c.finalBillDisputed
    ? c.endsOn
    : c.status === "submitted" || c.status === "rejected"
      ? c.submittedOn
      : null;
  const complaintOpen =
    events.complainedOn !== null &&
    complaintAbout !== null &&
    events.complainedOn >= complaintAbout;
  if (complaintOpen)
    out.push(deadline("complaint-answer", events.complainedOn!, complaintGivesDays, true));
  if ((c.status === "confirmed" || c.status === "completed") && c.endsOn) {
    if (c.status === "confirmed")
      out.push({
        kind: "service-ends",
        on: c.endsOn,
        action: false,
        from: c.endsOn,
        counts: "after",
      });
    // A disputed bill counts as checked (lib/data/cases.ts): the complaint takes over.
    if (!c.finalBillChecked) out.push(finalBillDeadline(c.endsOn));
  }
  return out.sort((a, b) => a.on.localeCompare(b.on));
}

/** The final bill should have come, and be checked, this many days after the end. */
export function finalBillDeadline(endsOn: IsoDate): Deadline {
  return deadline("final-bill", endsOn, finalBillAfterDays, true);
}

function deadline(kind: DeadlineKind, after: IsoDate, days: number, action: boolean): Deadline {
  return { kind, on: addDays(after, days), action, from: after, counts: "after" };
}

/** The day the case must be done by: the earlier of its own date and the account's leaving date. */
export function doneByOf(c: CaseRecord): { on: IsoDate; source: "case" | "leaving" } | null {
  if (c.doneBy && (!c.accountLeavingOn || c.doneBy <= c.accountLeavingOn))
    return { on: c.doneBy, source: "case" };
  if (c.accountLeavingOn) return { on: c.accountLeavingOn, source: "leaving" };
  return null;
}

/**
 * The notice rule to count with. Without one (an operator we have no rule for), the longest we
 * know: a "send by" date from it is never too late, and the letter asks for the end date anyway.
 */
function noticeRuleOf(c: CaseRecord): NoticeRule {
  return noticeRules.find((r) => r === c.noticeRule) ?? "month-from-next-month";
}

/** The end date the operator's notice rule gives, once the cancellation is sent. */
export function computedEndOn(c: CaseRecord): IsoDate | null {
  const rule = noticeRules.find((r) => r === c.noticeRule);
  return rule && c.submittedOn ? suggestEndDate(rule, c.submittedOn) : null;
}

/**
 * The end date the case page suggests while none is entered: what the notice rule stored with the
 * case gives (the rule the model counts with, even if the operator's has changed since), from
 * the day it was sent, or from today for one not sent yet ("sent today, it would end on …").
 */
export function suggestedEndOn(c: CaseRecord, today: IsoDate): IsoDate | null {
  const rule = noticeRules.find((r) => r === c.noticeRule);
  return rule ? suggestEndDate(rule, c.submittedOn ?? today) : null;
}

/** The latest day a cancellation can go out for `rule` to end the service by `by`. */
export function latestSendDay(rule: NoticeRule, by: IsoDate): IsoDate {
  let day = by;
  // The longest rule ends at most two months on: the loop is bounded by that.
  while (suggestEndDate(rule, day) > by) day = addDays(day, -1);
  return day;
}

export type NumberStopsReason =
  "confirmed-end" | "requested-end" | "expected-end" | "computed-end" | "done-by" | "leaving";

/**
 * The earliest day still ahead (from `today` on) that the number may stop working, or the user
 * stops being able to use it: everything that depends on the number (BankID, Vipps, SMS codes)
 * must be moved before it.
 * - End dates count only once the cancellation is out (sent, confirmed, done): a planned or
 *   refused case has no end date of its own yet, only a done-by or leaving date.
 * - Once the operator confirmed an end date, it replaces what was asked, entered or computed.
 * - An asked, entered or computed date that has passed without the end being confirmed says
 *   nothing more: a later one still ahead is what counts.
 * - A done-by or leaving date counts whatever the operator said.
 */
export function numberStopsBy(
  c: CaseRecord,
  today: IsoDate,
): { on: IsoDate; reason: NumberStopsReason } | null {
  if (c.status === "withdrawn") return null;
  const confirmed = c.status === "confirmed" || c.status === "completed";
  const doneBy = doneByOf(c);
  const candidates: { on: IsoDate | null; reason: NumberStopsReason }[] = [
    ...(confirmed
      ? [{ on: c.endsOn, reason: "confirmed-end" as const }]
      : c.status === "submitted"
        ? [
            { on: c.requestedEndOn, reason: "requested-end" as const },
            { on: c.endsOn, reason: "expected-end" as const },
            { on: computedEndOn(c), reason: "computed-end" as const },
          ]
        : []),
    { on: doneBy?.on ?? null, reason: doneBy?.source === "leaving" ? "leaving" : "done-by" },
  ];
  let earliest: { on: IsoDate; reason: NumberStopsReason } | null = null;
  for (const { on, reason } of candidates)
    if (on && on >= today && (!earliest || on < earliest.on)) earliest = { on, reason };
  return earliest;
}

/**
 * The deadline that matters next, whatever today is: the latest escalation's (a complaint over a
 * chase over the plain confirmation), else the final-bill check. Stored with the case for the
 * dashboard's order, so it must not depend on today.
 */
export function dueDeadline(deadlines: Deadline[]): Deadline | null {
  const rank: DeadlineKind[] = [
    "complaint-answer",
    "chase-answer",
    "confirmation",
    "final-bill",
    "send-by",
  ];
  for (const kind of rank) {
    const found = deadlines.find((d) => d.kind === kind);
    if (found) return found;
  }
  return null;
}

/**
 * Whom a case waits on until its due deadline is reached (today-independent, stored with the
 * case): the operator while it owes a confirmation or an answer, else the user, or nobody.
 */
export function restingWaitingOn(c: CaseRecord, due: Deadline | null): WaitingOn {
  if (c.status === "withdrawn") return "nobody";
  const usersOwn: DeadlineKind[] = ["final-bill", "service-ends", "send-by"];
  if (due && !usersOwn.includes(due.kind)) return "operator";
  return isClosed(c.status) ? "nobody" : "user";
}

/**
 * The part of the model that does not depend on today: stored with the case (columns due_kind,
 * due_on, waiting_on, written in the same transaction as every change of the case or its
 * letters), so the dashboard orders and filters by it without the letters at hand.
 */
export type ModelBasis = {
  due: Pick<Deadline, "kind" | "on"> | null;
  restingWaitingOn: WaitingOn;
};

export function modelBasis(c: CaseRecord, events: CaseLetterEvents): ModelBasis {
  const due = dueDeadline(caseDeadlines(c, events));
  return { due: due && { kind: due.kind, on: due.on }, restingWaitingOn: restingWaitingOn(c, due) };
}

export type CaseModel = {
  status: Status;
  /** The date to show next: the end of the service while it is ahead, else the due deadline. */
  next: Pick<Deadline, "kind" | "on"> | null;
  overdue: boolean;
  waitingOn: WaitingOn;
  nextAction: NextAction;
};

/** The model as of today, from a case's record and its basis (computed now, or as stored). */
export function modelOn(c: CaseRecord, basis: ModelBasis, today: IsoDate): CaseModel {
  const { due } = basis;
  const overdue = due !== null && due.on < today;
  // The next step opens on the deadline's day (the follow-up e-mail goes out that morning); the
  // case is overdue the day after.
  const reached = due !== null && due.on <= today;
  const ends =
    c.status === "confirmed" && c.endsOn !== null && c.endsOn >= today
      ? { kind: "service-ends" as const, on: c.endsOn }
      : null;
  return {
    status: c.status,
    next: ends ?? due,
    overdue,
    waitingOn: reached ? "user" : basis.restingWaitingOn,
    nextAction: nextAction(c, due, reached, today),
  };
}

export function caseModel(c: CaseRecord, events: CaseLetterEvents, today: IsoDate): CaseModel {
  return modelOn(c, modelBasis(c, events), today);
}

function nextAction(
  c: CaseRecord,
  due: ModelBasis["due"],
  reached: boolean,
  today: IsoDate,
): NextAction {
  const overdue = reached;
  switch (c.status) {
    case "planned":
      return "send-cancellation";
    case "rejected":
      return due?.kind === "complaint-answer"
        ? overdue
          ? "brukerklagenemnda"
          : "wait-for-complaint-answer"
        : "complain";
    case "submitted":
      if (due?.kind === "complaint-answer")
        return overdue ? "brukerklagenemnda" : "wait-for-complaint-answer";
      if (due?.kind === "chase-answer") return overdue ? "complain" : "wait-for-chase-answer";
      if (!overdue) return "wait-for-confirmation";
      // Three weeks of silence: a complaint in writing, chased or not.
      return c.submittedOn && today >= addDays(c.submittedOn, followUp.complainFromDays)
        ? "complain"
        : "chase";
    case "confirmed":
    case "completed":
      if (c.finalBillDisputed)
        return due?.kind === "complaint-answer"
          ? overdue
            ? "brukerklagenemnda"
            : "wait-for-complaint-answer"
          : "complain";
      if (c.endsOn && c.endsOn >= today && c.status === "confirmed") return "wait-for-end";
      return due?.kind === "final-bill" ? "check-final-bill" : null;
    case "withdrawn":
      return null;
  }
}

/** Whether the end date has come: the end day itself counts as the end. */
export function endDateReached(endsOn: IsoDate | null, today: IsoDate): endsOn is IsoDate {
  return endsOn !== null && endsOn <= today;
}

/**
 * Whether the service has ended: confirmed (or done) and its end date reached. The end day
 * counts: from then on the final bill is the next thing, and it can be disputed.
 */
export function serviceEnded(
  c: Pick<CaseRecord, "status" | "endsOn">,
  today: IsoDate,
): c is Pick<CaseRecord, "status"> & { endsOn: IsoDate } {
  return (c.status === "confirmed" || c.status === "completed") && endDateReached(c.endsOn, today);
}

/** Whether the final-bill question is open: the service has ended and nobody answered it. */
export function finalBillPending(
  c: Pick<CaseRecord, "status" | "endsOn" | "finalBillChecked">,
  today: IsoDate,
): boolean {
  return serviceEnded(c, today) && !c.finalBillChecked;
}
