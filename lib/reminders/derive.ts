import {
  caseDeadlines,
  numberStopsBy,
  type CaseLetterEvents,
  type CaseRecord,
} from "@/lib/tracker/case-model";
import { addDays, type IsoDate } from "@/lib/tracker/dates";
import { beforeEndDays, beforeEndItems, followUp, sendByDays, type ReminderKind } from "./kinds";

export type ReminderCase = CaseRecord & {
  remindOn: IsoDate | null;
  snoozedUntil: IsoDate | null;
  mutedReminderKinds: string[];
  /** Checklist items that apply to the case and are not ticked yet. */
  openChecklistItems: string[];
};
export type ReminderUser = { remindersEnabled: boolean; reminderOptOuts: string[] };
export type DesiredReminder = { kind: ReminderKind; anchor: string; dueOn: IsoDate };

/**
 * The reminders a case calls for right now, as a pure function of its state, its letters and
 * today's date, on the deadlines of the case model (lib/tracker/case-model.ts). Run after every
 * change: rows it no longer returns are cancelled, so a confirmed case or a moved date never
 * sends a stale reminder. Dates already past collapse into one reminder due today (with any due
 * today), so a case entered late (or a snooze) never fires a burst.
 */
export function deriveReminders(
  c: ReminderCase,
  events: CaseLetterEvents,
  user: ReminderUser,
  today: IsoDate,
): DesiredReminder[] {
  if (!user.remindersEnabled) return [];
  const off = new Set([...user.reminderOptOuts, ...c.mutedReminderKinds]);
  const notBefore = c.snoozedUntil && c.snoozedUntil > today ? c.snoozedUntil : today;
  const atLeast = (due: IsoDate) => (due < notBefore ? notBefore : due);
  const deadlines = caseDeadlines(c, events);
  const out: DesiredReminder[] = [];

  // A planned case with a done-by date: a week before the last day the cancellation can go out
  // (not once that day has passed: the case page then says it is late). Anchored on the done-by
  // date, so a change of notice rule moves the reminder instead of making a second one.
  const sendBy = deadlines.find((d) => d.kind === "send-by");
  if (sendBy && sendBy.on >= today && !off.has("send-by"))
    out.push({
      kind: "send-by",
      anchor: sendBy.from,
      dueOn: atLeast(addDays(sendBy.on, -sendByDays)),
    });

  // Follow-ups count from the last thing sent: the cancellation, or a chase, which gives the
  // operator its own days and starts a new count (anchored on it, so the old ones are cancelled).
  // Once a complaint is out, follow-ups stop: its answer date is the next thing (on the case page
  // and in the calendar), not another nudge to complain.
  const complained = deadlines.some((d) => d.kind === "complaint-answer");
  const waiting = deadlines.find((d) => d.kind === "confirmation" || d.kind === "chase-answer");
  if (waiting && !complained && !off.has("follow-up")) {
    const chase = waiting.kind === "chase-answer";
    const all = Array.from({ length: followUp.maxCount }, (_, i) => ({
      anchor: `${chase ? "chase:" : ""}${waiting.from}#${i + 1}`,
      // The first on the model's deadline (a week after sending, a chase's seven days), then weekly.
      dueOn: addDays(waiting.on, followUp.everyDays * i),
    }));
    // Of those due by `notBefore` (already past, hidden by a snooze, or due that very day), only
    // the latest is sent, once; the rest keep their dates, each a week apart.
    const catchUp = all.filter((f) => f.dueOn <= notBefore).at(-1);
    if (catchUp) out.push({ kind: "follow-up", anchor: catchUp.anchor, dueOn: notBefore });
    for (const f of all.filter((f) => f.dueOn > notBefore))
      out.push({ kind: "follow-up", anchor: f.anchor, dueOn: f.dueOn });
  }

  // Before the number stops (the earliest of the end dates and the done-by date, see
  // numberStopsBy): kept after "all done" too, the number works until then and so must this.
  // Anchored on the date alone: which kind of date it is only changes the e-mail's wording, so
  // a confirmation of the same day never sends it again.
  const stops = numberStopsBy(c, today);
  if (stops && stops.on > today && !off.has("before-end")) {
    const open = c.openChecklistItems.filter((item) =>
      (beforeEndItems as readonly string[]).includes(item),
    );
    if (open.length > 0)
      out.push({
        kind: "before-end",
        anchor: stops.on,
        dueOn: atLeast(addDays(stops.on, -beforeEndDays)),
      });
  }

  const bill = deadlines.find((d) => d.kind === "final-bill");
  if (bill && !off.has("final-bill"))
    out.push({ kind: "final-bill", anchor: bill.from, dueOn: atLeast(bill.on) });

  // A chosen date is kept even once it has passed: if a sweep missed it, it still goes out once.
  if (c.remindOn && c.status !== "withdrawn" && !off.has("remind-on"))
    out.push({ kind: "remind-on", anchor: c.remindOn, dueOn: atLeast(c.remindOn) });
  return out;
}

/** Which follow-up this is, from its anchor ("2026-11-01#2" → 2). */
export function followUpNumber(anchor: string): number {
  return Number(anchor.split("#")[1] ?? 1);
}
