import type { IsoDate } from "./dates";
import type { Status } from "./status";

/**
 * The one rule for a case's dates and the status they imply, used by the create and edit forms
 * and by every status button, so the record always says what the user said:
 * - nothing can have been sent or confirmed in the future;
 * - a confirmation needs the date the cancellation was sent, and cannot come before it;
 * - the service cannot end (or be asked to end) before the cancellation was sent.
 */
export type CaseDates = {
  submittedOn: IsoDate | null;
  confirmedOn: IsoDate | null;
  endsOn: IsoDate | null;
  /** The end date the user asked for: like the end date, not before the cancellation went out. */
  requestedEndOn?: IsoDate | null;
};
export type DateField = keyof CaseDates;
export type DateProblem = { field: DateField; code: "futureDate" | "beforeSubmitted" | "required" };

export function dateProblems(d: CaseDates, today: IsoDate): DateProblem[] {
  const problems: DateProblem[] = [];
  if (d.submittedOn && d.submittedOn > today)
    problems.push({ field: "submittedOn", code: "futureDate" });
  if (d.confirmedOn && d.confirmedOn > today)
    problems.push({ field: "confirmedOn", code: "futureDate" });
  if (d.confirmedOn && !d.submittedOn) problems.push({ field: "submittedOn", code: "required" });
  if (d.confirmedOn && d.submittedOn && d.confirmedOn < d.submittedOn)
    problems.push({ field: "confirmedOn", code: "beforeSubmitted" });
  if (d.endsOn && d.submittedOn && d.endsOn < d.submittedOn)
    problems.push({ field: "endsOn", code: "beforeSubmitted" });
  if (d.requestedEndOn && d.submittedOn && d.requestedEndOn < d.submittedOn)
    problems.push({ field: "requestedEndOn", code: "beforeSubmitted" });
  return problems;
}

/** How far the dates say the case has come: confirmed, sent, or not sent yet. */
export function statusFromDates(d: CaseDates): "planned" | "submitted" | "confirmed" {
  if (d.confirmedOn) return "confirmed";
  if (d.submittedOn) return "submitted";
  return "planned";
}

/**
 * The status after the user changes the dates. Planned, sent and confirmed follow the dates;
 * "completed" and "withdrawn" are the user's own decisions and stay; a refusal turns into a
 * confirmation when a confirmation date is entered.
 */
export function statusAfterDateChange(current: Status, d: CaseDates): Status {
  if (current === "completed" || current === "withdrawn") return current;
  if (current === "rejected") return d.confirmedOn ? "confirmed" : "rejected";
  return statusFromDates(d);
}
