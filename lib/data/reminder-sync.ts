import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { AppDatabase, AppTransaction } from "@/db/client";
import { caseChecklist, caseLetters, cases, reminders, users } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { writeCaseModelColumns, type CaseModelRow } from "@/lib/data/case-model-columns";
import { deriveReminders, type DesiredReminder } from "@/lib/reminders/derive";
import { localTimeToUtc } from "@/lib/reminders/due-time";
import {
  caseDeadlines,
  caseModel,
  letterEvents,
  numberStopsBy,
  type CaseLetterEvents,
  type NextAction,
} from "@/lib/tracker/case-model";
import { checklistFor } from "@/lib/tracker/checklist";
import { todayIn, type IsoDate } from "@/lib/tracker/dates";

type DbOrTx = AppDatabase | AppTransaction;

export type ReminderPlan = {
  desired: DesiredReminder[];
  timeZone: string;
  userId: string;
  /** The case as it is now, and its checklist items still open (the reminder e-mail lists them). */
  caseRow: typeof cases.$inferSelect;
  /** The case as its model reads it: the row and the account's leaving date. */
  record: CaseModelRow;
  /** What the case's letters add to its model (a chase, a complaint). */
  events: CaseLetterEvents;
  /** The case model's next step today (the e-mail points to the letter it calls for). */
  nextAction: NextAction;
  /** The day the number may stop, and why (the before-end e-mail says which date it is). */
  numberStops: ReturnType<typeof numberStopsBy>;
  /** The last day to send a planned cancellation, if a done-by date gives one. */
  sendBy: IsoDate | null;
  openItems: string[];
};

type ReminderRow = typeof reminders.$inferSelect;

// Case ids per query: well below SQLite's limit on bound parameters per statement.
const idsPerQuery = 500;

/**
 * What syncing one case needs to know: the case, its owner's settings, its ticks, the letters it
 * sent (a chase moves its follow-ups) and its reminder rows.
 */
export type CaseReminderState = {
  caseRow: typeof cases.$inferSelect;
  owner: {
    remindersEnabled: boolean;
    reminderOptOuts: string[];
    timeZone: string;
    leavingOn: string | null;
  };
  doneItems: Set<string>;
  sentLetters: { kind: string; sentOn: string | null }[];
  rows: ReminderRow[];
};

/**
 * Reads the state of several cases in four queries, whatever their number: the sweep re-checks
 * a batch of claimed reminders and a settings change re-syncs every case of a user, and one
 * round of queries per case was most of their time. Cases that are gone are absent.
 */
export function readReminderStates(
  db: DbOrTx,
  caseIds: readonly string[],
): Map<string, CaseReminderState> {
  const states = new Map<string, CaseReminderState>();
  for (let from = 0; from < caseIds.length; from += idsPerQuery) {
    const ids = caseIds.slice(from, from + idsPerQuery);
    const found = db
      .select({
        c: cases,
        owner: {
          remindersEnabled: users.remindersEnabled,
          reminderOptOuts: users.reminderOptOuts,
          timeZone: users.timeZone,
          leavingOn: users.leavingOn,
        },
      })
      .from(cases)
      .innerJoin(users, eq(users.id, cases.userId))
      .where(inArray(cases.id, ids))
      .all();
    for (const { c, owner } of found)
      states.set(c.id, { caseRow: c, owner, doneItems: new Set(), sentLetters: [], rows: [] });
    for (const tick of db
      .select()
      .from(caseChecklist)
      .where(inArray(caseChecklist.caseId, ids))
      .all())
      states.get(tick.caseId)?.doneItems.add(tick.itemKey);
    for (const letter of db
      .select({ caseId: caseLetters.caseId, kind: caseLetters.kind, sentOn: caseLetters.sentOn })
      .from(caseLetters)
      .where(and(inArray(caseLetters.caseId, ids), isNotNull(caseLetters.sentOn)))
      .all())
      states.get(letter.caseId)?.sentLetters.push(letter);
    for (const row of db.select().from(reminders).where(inArray(reminders.caseId, ids)).all())
      states.get(row.caseId)?.rows.push(row);
  }
  return states;
}

/** What the case calls for now (see deriveReminders). Throws on a stored time zone that no longer exists. */
export function planReminders(state: CaseReminderState, now: number): ReminderPlan {
  const { caseRow: c, owner } = state;
  const open = checklistFor(c)
    .map((i) => i.key)
    .filter((key) => !state.doneItems.has(key));
  const events = letterEvents(state.sentLetters);
  const record = { ...c, accountLeavingOn: owner.leavingOn };
  const today = todayIn(owner.timeZone, new Date(now));
  const desired = deriveReminders(
    { ...record, openChecklistItems: open },
    events,
    { remindersEnabled: owner.remindersEnabled, reminderOptOuts: owner.reminderOptOuts },
    today,
  );
  return {
    desired,
    timeZone: owner.timeZone,
    userId: c.userId,
    caseRow: c,
    record,
    events,
    nextAction: caseModel(record, events, today).nextAction,
    numberStops: numberStopsBy(record, today),
    sendBy: caseDeadlines(record, events).find((d) => d.kind === "send-by")?.on ?? null,
    openItems: open,
  };
}

/**
 * Brings a case's reminder rows (as read with its state) in line with its plan. Upserts by
 * (case, kind, anchor), so applying a plan twice changes nothing; rows already sent or being
 * sent are never touched; pending rows that no longer apply are cancelled.
 */
export function applyReminderPlan(
  db: DbOrTx,
  plan: ReminderPlan,
  rows: readonly ReminderRow[],
): void {
  const caseId = plan.caseRow.id;
  const key = (r: { kind: string; anchor: string }) => `${r.kind}|${r.anchor}`;
  const wanted = new Set(plan.desired.map(key));

  for (const want of plan.desired) {
    const dueAt = localTimeToUtc(want.dueOn, plan.timeZone);
    const row = rows.find((r) => key(r) === key(want));
    if (!row) {
      db.insert(reminders)
        .values({
          caseId,
          userId: plan.userId,
          kind: want.kind,
          anchor: want.anchor,
          dueOn: want.dueOn,
          dueAt,
        })
        .run();
    } else if (row.status === "pending" || row.status === "cancelled") {
      if (row.status !== "pending" || row.dueAt !== dueAt) {
        db.update(reminders)
          .set({ status: "pending", dueOn: want.dueOn, dueAt })
          .where(eq(reminders.id, row.id))
          .run();
      }
    }
  }
  const stale = rows.filter((r) => r.status === "pending" && !wanted.has(key(r))).map((r) => r.id);
  if (stale.length)
    db.update(reminders)
      .set({ status: "cancelled" })
      .where(and(inArray(reminders.id, stale), eq(reminders.status, "pending")))
      .run();
}

/**
 * Brings a case's reminder rows and its case-model columns in line with its state. Called inside
 * the same transaction as every change of a case or its letters. Returns the plan it applied (null when the case is gone) for callers that
 * need to check it.
 */
export function syncReminders(db: DbOrTx, caseId: string, now = clockNow()): ReminderPlan | null {
  const state = readReminderStates(db, [caseId]).get(caseId);
  if (!state) return null;
  const plan = planReminders(state, now);
  applyReminderPlan(db, plan, state.rows);
  // The same reading of the case feeds the dashboard's stored columns.
  writeCaseModelColumns(db, plan.record, plan.events);
  return plan;
}

/** Re-syncs every case of a user, after a change of settings (time zone, opt-outs, leaving date). */
export function syncUserReminders(db: DbOrTx, userId: string, now = clockNow()): void {
  const ids = db
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.userId, userId))
    .all()
    .map((c) => c.id);
  for (const state of readReminderStates(db, ids).values()) {
    const plan = planReminders(state, now);
    applyReminderPlan(db, plan, state.rows);
    // A new leaving date can move the case's deadline without a change of the case itself.
    writeCaseModelColumns(db, plan.record, plan.events, new Date(now).toISOString());
  }
}
