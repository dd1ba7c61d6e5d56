import { addDays, type IsoDate } from "@/lib/tracker/dates";
import { finalBillAfterDays } from "@/lib/tracker/deadlines";
import type { Status } from "@/lib/tracker/status";
import { beforeEndDays, beforeEndItems, followUp, type ReminderKind } from "./kinds";

export type ReminderCase = {
  status: Status;
  submittedOn: IsoDate | null;
  endsOn: IsoDate | null;
  finalBillChecked: boolean;
  remindOn: IsoDate | null;
  snoozedUntil: IsoDate | null;
  mutedReminderKinds: string[];
  /** Checklist items that apply to the case and are not ticked yet. */
  openChecklistItems: string[];
};
export type ReminderUser = { remindersEnabled: boolean; reminderOptOuts: string[] };
export type DesiredReminder = { kind: ReminderKind; anchor: string; dueOn: IsoDate };

/**
 * The reminders a case calls for right now, as a pure function of its state and today's date.
 * Run after every change: rows it no longer returns are cancelled, so a confirmed case or a moved
 * date never sends a stale reminder. Dates already past collapse into one reminder due today, so
 * a case entered late (or a snooze) never fires a burst.
 */
export function deriveReminders(
  c: ReminderCase,
  user: ReminderUser,
  today: IsoDate,
): DesiredReminder[] {
  if (!user.remindersEnabled) return [];
  const off = new Set([...user.reminderOptOuts, ...c.mutedReminderKinds]);
  const notBefore = c.snoozedUntil && c.snoozedUntil > today ? c.snoozedUntil : today;
  const out: DesiredReminder[] = [];

  if (c.status === "submitted" && c.submittedOn && !off.has("follow-up")) {
    const all = Array.from({ length: followUp.maxCount }, (_, i) => ({
      n: i + 1,
      dueOn: addDays(c.submittedOn!, followUp.everyDays * (i + 1)),
    }));
    const early = all.filter((f) => f.dueOn < notBefore);
    const later = all.filter((f) => f.dueOn >= notBefore);
    // Of those already due (or hidden by a snooze), only the latest is sent, on `notBefore`.
    const catchUp = early.at(-1);
    if (catchUp)
      out.push({ kind: "follow-up", anchor: `${c.submittedOn}#${catchUp.n}`, dueOn: notBefore });
    for (const f of later)
      out.push({ kind: "follow-up", anchor: `${c.submittedOn}#${f.n}`, dueOn: f.dueOn });
  }

  // Kept after "all done" too: the number works until the end date, and so must the reminder.
  if (
    (c.status === "confirmed" || c.status === "submitted" || c.status === "completed") &&
    c.endsOn &&
    c.endsOn > today &&
    !off.has("before-end")
  ) {
    const open = c.openChecklistItems.filter((item) =>
      (beforeEndItems as readonly string[]).includes(item),
    );
    if (open.length > 0) {
      const due = addDays(c.endsOn, -beforeEndDays);
      out.push({ kind: "before-end", anchor: c.endsOn, dueOn: due < notBefore ? notBefore : due });
    }
  }

  if (
    (c.status === "confirmed" || c.status === "completed") &&
    c.endsOn &&
    !c.finalBillChecked &&
    !off.has("final-bill")
  ) {
    const due = addDays(c.endsOn, finalBillAfterDays);
    out.push({ kind: "final-bill", anchor: c.endsOn, dueOn: due < notBefore ? notBefore : due });
  }

  // A chosen date is kept even once it has passed: if a sweep missed it, it still goes out once.
  if (c.remindOn && c.status !== "withdrawn" && !off.has("remind-on")) {
    out.push({
      kind: "remind-on",
      anchor: c.remindOn,
      dueOn: c.remindOn < notBefore ? notBefore : c.remindOn,
    });
  }
  return out;
}

/** Which follow-up this is, from its anchor ("2026-11-01#2" → 2). */
export function followUpNumber(anchor: string): number {
  return Number(anchor.split("#")[1] ?? 1);
}
