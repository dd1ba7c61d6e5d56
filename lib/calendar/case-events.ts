import type { DeadlineKind, ModelBasis } from "@/lib/tracker/case-model";
import type { IsoDate } from "@/lib/tracker/dates";
import type { Status } from "@/lib/tracker/status";

export type CalendarCase = {
  id: string;
  status: Status;
  endsOn: IsoDate | null;
  remindOn: IsoDate | null;
  version: number;
  updatedAt: string;
};
export type CalendarEventKind = DeadlineKind | "remind-on";

/** One all-day event. `uid` never changes for the same deadline, so calendar apps update it in place. */
export type CalendarEvent = {
  uid: string;
  kind: CalendarEventKind;
  on: IsoDate;
  caseId: string;
  sequence: number;
  lastModified: string;
};

/** A withdrawn case has nothing left to date; a completed one only a final-bill check still open. */
export function hasCalendarDates(status: Status, basis: ModelBasis): boolean {
  return status !== "withdrawn" && (status !== "completed" || basis.due !== null);
}

/**
 * The dated things of one case, for a calendar, one event per deadline of the case model: the
 * deadline that is due (the confirmation, a chase's or a complaint's answer, the final-bill
 * check), the end of the service, and the user's own reminder date. Reminder e-mails are not
 * events of their own: they fall on these same days. Withdrawn cases have none, completed ones
 * only a final-bill check still open. A case's events
 * carry its version as SEQUENCE and its last change as LAST-MODIFIED, which only grow: when a date
 * moves, calendar apps take the new one instead of keeping two.
 */
export function caseCalendarEvents(c: CalendarCase, basis: ModelBasis): CalendarEvent[] {
  if (!hasCalendarDates(c.status, basis)) return [];
  const events: CalendarEvent[] = [];
  const add = (kind: CalendarEventKind, on: IsoDate | null) => {
    if (on)
      events.push({
        uid: `${c.id}-${kind}`,
        kind,
        on,
        caseId: c.id,
        sequence: c.version,
        lastModified: c.updatedAt,
      });
  };
  if (c.status === "confirmed") add("service-ends", c.endsOn);
  if (basis.due) add(basis.due.kind, basis.due.on);
  add("remind-on", c.remindOn);
  return events.sort((a, b) => a.on.localeCompare(b.on));
}
