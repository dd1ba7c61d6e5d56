import { and, eq, inArray } from "drizzle-orm";
import type { AppDatabase, AppTransaction } from "@/db/client";
import { caseChecklist, cases, reminders, users } from "@/db/schema";
import { checklistFor } from "@/lib/tracker/checklist";
import { now as clockNow } from "@/lib/clock";
import { todayIn } from "@/lib/tracker/dates";
import { deriveReminders, type DesiredReminder } from "@/lib/reminders/derive";
import { localTimeToUtc } from "@/lib/reminders/due-time";

type DbOrTx = AppDatabase | AppTransaction;

export type ReminderPlan = {
  desired: DesiredReminder[];
  timeZone: string;
  userId: string;
  /** The case as it is now, and its checklist items still open (the reminder e-mail lists them). */
  caseRow: typeof cases.$inferSelect;
  openItems: string[];
};

/** What the case calls for now (see deriveReminders), or null when the case is gone. */
function desiredReminders(db: DbOrTx, caseId: string, now: number): ReminderPlan | null {
  // One read for the case and the settings of its owner (the sweep re-checks every reminder).
  const row = db
    .select({ c: cases, user: { remindersEnabled: users.remindersEnabled, reminderOptOuts: users.reminderOptOuts, timeZone: users.timeZone } })
    .from(cases)
    .innerJoin(users, eq(users.id, cases.userId))
    .where(eq(cases.id, caseId))
    .get();
  if (!row) return null;
  const { c, user } = row;
  const done = new Set(db.select().from(caseChecklist).where(eq(caseChecklist.caseId, caseId)).all().map((d) => d.itemKey));
  const open = checklistFor(c).map((i) => i.key).filter((key) => !done.has(key));
  const desired = deriveReminders(
    { ...c, openChecklistItems: open },
    { remindersEnabled: user.remindersEnabled, reminderOptOuts: user.reminderOptOuts },
    todayIn(user.timeZone, new Date(now)),
  );
  return { desired, timeZone: user.timeZone, userId: c.userId, caseRow: c, openItems: open };
}

/**
 * Brings a case's reminder rows in line with its state. Called inside the same transaction as
 * every case change. Upserts by (case, kind, anchor), so running it twice changes nothing; rows
 * already sent or being sent are never touched; pending rows that no longer apply are cancelled.
 * Returns the plan it applied (null when the case is gone) for callers that need to check it.
 */
export function syncReminders(db: DbOrTx, caseId: string, now = clockNow()): ReminderPlan | null {
  const state = desiredReminders(db, caseId, now);
  if (!state) return null;
  const existing = db.select().from(reminders).where(eq(reminders.caseId, caseId)).all();
  const key = (r: { kind: string; anchor: string }) => `${r.kind}|${r.anchor}`;
  const wanted = new Set(state.desired.map(key));

  for (const want of state.desired) {
    const dueAt = localTimeToUtc(want.dueOn, state.timeZone);
    const row = existing.find((r) => key(r) === key(want));
    if (!row) {
      db.insert(reminders).values({ caseId, userId: state.userId, kind: want.kind, anchor: want.anchor, dueOn: want.dueOn, dueAt }).run();
    } else if (row.status === "pending" || row.status === "cancelled") {
      if (row.status !== "pending" || row.dueAt !== dueAt) {
        db.update(reminders).set({ status: "pending", dueOn: want.dueOn, dueAt }).where(eq(reminders.id, row.id)).run();
      }
    }
  }
  const stale = existing.filter((r) => r.status === "pending" && !wanted.has(key(r))).map((r) => r.id);
  if (stale.length) db.update(reminders).set({ status: "cancelled" }).where(and(inArray(reminders.id, stale), eq(reminders.status, "pending"))).run();
  return state;
}

/** Re-syncs every case of a user, after a change of settings (time zone, opt-outs). */
export function syncUserReminders(db: DbOrTx, userId: string, now = clockNow()): void {
  for (const { id } of db.select({ id: cases.id }).from(cases).where(eq(cases.userId, userId)).all()) syncReminders(db, id, now);
}
