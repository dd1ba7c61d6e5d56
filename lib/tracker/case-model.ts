import { followUp } from "@/lib/reminders/kinds";
import { addDays, type IsoDate } from "./dates";
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
  // A final-bill dispute asks for a written answer too: for the model it is a complaint.
  const complaints = [last("operator-complaint"), last("final-bill-dispute")].filter(
    (d): d is IsoDate => d !== null,
  );
  return { chasedOn: last("chase"), complainedOn: complaints.sort().at(-1) ?? null };
}

/**
 * A date something should have happened by. `action` deadlines are someone's to meet (the
 * operator's confirmation, the user's final-bill check): past them the case is overdue. The end
 * of the service is only a date.
 */
export const deadlineKinds = [
  "confirmation",
  "chase-answer",
  "complaint-answer",
  "service-ends",
  "final-bill",
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];
export type Deadline = { kind: DeadlineKind; on: IsoDate; action: boolean; after: IsoDate };

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
      out.push({ kind: "service-ends", on: c.endsOn, action: false, after: c.endsOn });
    // A disputed bill counts as checked (lib/data/cases.ts): the complaint takes over.
    if (!c.finalBillChecked) out.push(deadline("final-bill", c.endsOn, finalBillAfterDays, true));
  }
  return out.sort((a, b) => a.on.localeCompare(b.on));
}

function deadline(kind: DeadlineKind, after: IsoDate, days: number, action: boolean): Deadline {
  return { kind, on: addDays(after, days), action, after };
}

/**
 * The deadline that matters next, whatever today is: the latest escalation's (a complaint over a
 * chase over the plain confirmation), else the final-bill check. Stored with the case for the
 * dashboard's order, so it must not depend on today.
 */
export function dueDeadline(deadlines: Deadline[]): Deadline | null {
  const rank: DeadlineKind[] = ["complaint-answer", "chase-answer", "confirmation", "final-bill"];
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
  if (due && due.kind !== "final-bill" && due.kind !== "service-ends") return "operator";
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

/** Whether the final-bill question is open: the service has ended and nobody answered it. */
export function finalBillPending(c: CaseRecord, today: IsoDate): boolean {
  return (
    (c.status === "confirmed" || c.status === "completed") &&
    c.endsOn !== null &&
    c.endsOn <= today &&
    !c.finalBillChecked
  );
}
