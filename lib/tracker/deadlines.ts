import { followUp } from "@/lib/reminders/kinds";
import { addDays, type IsoDate } from "./dates";
import type { Status } from "./status";
/** Days after the end date by which the final bill should have arrived. */
export const finalBillAfterDays = 14;

export type Deadline = { kind: "follow-up" | "service-ends" | "final-bill"; on: IsoDate };

export type CaseDates = {
  status: Status;
  submittedOn: IsoDate | null;
  endsOn: IsoDate | null;
  finalBillChecked: boolean;
};

/** The next thing with a date on it for this case, seen from `today`, or null. */
export function nextDeadline(c: CaseDates, today: IsoDate): Deadline | null {
  if (c.status === "submitted" && c.submittedOn) {
    return { kind: "follow-up", on: addDays(c.submittedOn, followUp.everyDays) };
  }
  if ((c.status === "confirmed" || c.status === "completed") && c.endsOn) {
    if (c.status === "confirmed" && c.endsOn >= today)
      return { kind: "service-ends", on: c.endsOn };
    if (!c.finalBillChecked)
      return { kind: "final-bill", on: addDays(c.endsOn, finalBillAfterDays) };
  }
  return null;
}

export function isOverdue(deadline: Deadline | null, today: IsoDate): boolean {
  return deadline !== null && deadline.on < today;
}
