import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { preparedOnce } from "@/db/prepared-statements";
import {
  calendarFeeds,
  caseChecklist,
  caseEvidence,
  caseReplies,
  caseEvents,
  caseLetters,
  cases,
  reminders,
  users,
} from "@/db/schema";
import { nowIso, today } from "@/lib/clock";
import { syncUserReminders } from "@/lib/data/reminder-sync";
import { defaultTimeZone, type IsoDate } from "@/lib/tracker/dates";
import { caseRowWithoutOwner } from "./case-dto";
import { digestsOfUser, evidenceDtoColumns, releaseFiles } from "./evidence-files";
import { sharedReportsOfUser } from "./reports";
import type { AccountDto, AccountSettings } from "./dto";

// Read by every tracker page (its frame and its dates): compiled once (db/prepared-statements.ts).
const userById = preparedOnce((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
);

export function getAccount(userId: string): AccountDto | null {
  const row = userById(getDb()).get({ id: userId });
  if (!row) return null;
  return {
    email: row.email ?? "",
    locale: row.locale,
    timeZone: row.timeZone,
    remindersEnabled: row.remindersEnabled,
    reminderDigest: row.reminderDigest,
    reminderOptOuts: row.reminderOptOuts,
    leavingOn: row.leavingOn,
    createdAt: row.createdAt,
  };
}

/** Today's date where the user lives (their time zone setting), by the app's clock. */
export function userToday(userId: string): IsoDate {
  return today(getAccount(userId)?.timeZone ?? defaultTimeZone);
}

/**
 * Saves settings and re-plans every case: reminder times depend on the time zone and switches,
 * and the leaving date is part of every case's model (its deadlines and stored columns).
 */
export function updateAccountSettings(userId: string, settings: AccountSettings): void {
  getDb().transaction((tx) => {
    tx.update(users).set(settings).where(eq(users.id, userId)).run();
    syncUserReminders(tx, userId);
  });
}

/** Everything we hold about the user, for "download my data". */
export function exportAccountData(userId: string) {
  const db = getDb();
  const account = getAccount(userId);
  if (!account) return null;
  const rows = db.select().from(cases).where(eq(cases.userId, userId)).all();
  const ids = rows.map((r) => r.id);
  const events = ids.length
    ? db.select().from(caseEvents).where(inArray(caseEvents.caseId, ids)).all()
    : [];
  const checklist = ids.length
    ? db.select().from(caseChecklist).where(inArray(caseChecklist.caseId, ids)).all()
    : [];
  const letters = ids.length
    ? db.select().from(caseLetters).where(inArray(caseLetters.caseId, ids)).all()
    : [];
  const profile = db
    .select({ name: users.name, birthDate: users.birthDate })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  const feed = db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .get();
  const evidence = db
    .select({ ...evidenceDtoColumns, caseId: caseEvidence.caseId })
    .from(caseEvidence)
    .where(eq(caseEvidence.userId, userId))
    .all();
  const replies = ids.length
    ? db.select().from(caseReplies).where(inArray(caseReplies.caseId, ids)).all()
    : [];
  const sentOrPlanned = ids.length
    ? db.select().from(reminders).where(inArray(reminders.caseId, ids)).all()
    : [];
  const shared = sharedReportsOfUser(userId);
  return {
    exportedAt: nowIso(),
    account: { ...account, name: profile?.name ?? null, birthDate: profile?.birthDate ?? null },
    // The secret address itself is left out: a data export is often shared further than a calendar.
    calendarFeed: feed ? { createdAt: feed.createdAt } : null,
    cases: rows.map((row) => ({
      ...caseRowWithoutOwner(row),
      timeline: events.filter((e) => e.caseId === row.id).map(({ caseId: _c, ...e }) => e),
      checklist: checklist.filter((c) => c.caseId === row.id).map(({ caseId: _c, ...c }) => c),
      // The case file: every letter as prepared (Norwegian and its meaning) and when it was sent.
      letters: letters.filter((l) => l.caseId === row.id).map(({ caseId: _c, ...l }) => l),
      // The operator's answers as recorded (the file each points to is among `evidence`).
      replies: replies.filter((r) => r.caseId === row.id).map(({ caseId: _c, ...r }) => r),
      // What each file is; the files themselves are in the case's zip (…/evidence.zip).
      evidence: evidence
        .filter((e) => e.caseId === row.id)
        .map(({ caseId: _c, ...e }) => ({
          ...e,
          zip: `/api/cases/${row.id}/evidence.zip`,
        })),
      // What this case shared with other readers, if anything (stored apart; see db/schema.ts).
      sharedReport: shared.get(row.id) ?? null,
      reminders: sentOrPlanned
        .filter((r) => r.caseId === row.id)
        .map((r) => ({
          kind: r.kind,
          dueOn: r.dueOn,
          status: r.status,
          sentAt: r.sentAt ? new Date(r.sentAt).toISOString() : null,
        })),
    })),
  };
}

/**
 * Removes the user; cases, events, checklist, evidence rows, shared reports (through their share
 * row's trigger), sessions and accounts go with it (ON DELETE CASCADE), then the evidence files no other row names.
 */
export function deleteAccount(userId: string): boolean {
  const db = getDb();
  const digests = digestsOfUser(db, userId);
  const deleted = db.delete(users).where(eq(users.id, userId)).run().changes === 1;
  if (deleted) releaseFiles(db, digests);
  return deleted;
}
