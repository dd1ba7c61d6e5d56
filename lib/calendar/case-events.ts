import { followUp } from "@/lib/reminders/kinds";
import { addDays, type IsoDate } from "@/lib/tracker/dates";
import { finalBillAfterDays } from "@/lib/tracker/deadlines";
import type { Status } from "@/lib/tracker/status";

export type CalendarCase = {
  id: string;
  status: Status;
  submittedOn: IsoDate | null;
  endsOn: IsoDate | null;
  remindOn: IsoDate | null;
  finalBillChecked: boolean;
  version: number;
  updatedAt: string;
};
export type CalendarReminder = { id: number; kind: string; dueOn: IsoDate; status: string };
export type CalendarEventKind =
  "follow-up" | "service-ends" | "final-bill" | "remind-on" | "reminder";

/** One all-day event. `uid` never changes for the same deadline, so calendar apps update it in place. */
export type CalendarEvent = {
  uid: string;
  kind: CalendarEventKind;
  on: IsoDate;
  caseId: string;
  reminderKind?: string;
  sequence: number;
  lastModified: string;
};

/** Cases that are finished are not in the calendar: their events disappear from the feed. */
const closed: readonly Status[] = ["completed", "withdrawn"];

/**
 * The dated things of one case, for a calendar: the follow-up date while waiting for the
 * confirmation, the end of the service, when to check the final bill, the user's own reminder
 * date, and the reminder e-mails still to come (from `today` on). A case's events carry its
 * version as SEQUENCE and its last change as LAST-MODIFIED, which only grow: when a date moves,
 * calendar apps take the new one instead of keeping two.
 */
export function caseCalendarEvents(
  c: CalendarCase,
  upcoming: CalendarReminder[],
  today: IsoDate,
): CalendarEvent[] {
  if (closed.includes(c.status)) return [];
  const stamp = { caseId: c.id, sequence: c.version, lastModified: c.updatedAt };
  const events: CalendarEvent[] = [];
  const add = (kind: CalendarEventKind, on: IsoDate | null, extra: Partial<CalendarEvent> = {}) => {
    if (on)
      events.push({
        uid: `${c.id}-${kind}${extra.reminderKind ? `-${extra.reminderKind}-${on}` : ""}`,
        kind,
        on,
        ...stamp,
        ...extra,
      });
  };
  if (c.status === "submitted" && c.submittedOn)
    add("follow-up", addDays(c.submittedOn, followUp.everyDays));
  if (c.status === "confirmed" && c.endsOn) {
    add("service-ends", c.endsOn);
    if (!c.finalBillChecked) add("final-bill", addDays(c.endsOn, finalBillAfterDays));
  }
  add("remind-on", c.remindOn);
  for (const r of upcoming)
    if (r.status === "pending" && r.dueOn >= today)
      add("reminder", r.dueOn, { reminderKind: r.kind, uid: `reminder-${r.id}` });
  return events;
}
