/**
 * The reminder sweep. Schedule: every minute inside the server (jobs/scheduler.ts), and on demand
 * with `npm run reminders` for an external cron. Guarantees:
 * - never twice: each due row is claimed by one atomic UPDATE (status pending → sending with a
 *   random claim token), so overlapping sweeps or two processes never both get it, and results are
 *   written only by the holder of the claim;
 * - never lost: an SMTP failure puts the row back with exponential backoff (failed after
 *   `maxAttempts`, shown on the case page); a claim left by a crash is retaken once its lease ends;
 * - never stale: before sending, the case is re-read; a reminder it no longer calls for is
 *   cancelled, and one it now wants later (snoozed) goes back to the queue;
 * - late runs send each due reminder once, not once per missed run (rows are per reminder, not
 *   per run).
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, lte, or, isNull, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { cases, jobRuns, reminders, users } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { readOperators } from "@/lib/content/read-operators";
import type { MailMessage, SentMail } from "@/lib/mail/send-mail";
import { claimLeaseMs, maxAttempts, retryDelayMs } from "@/lib/reminders/backoff";
import type { ReminderKind } from "@/lib/reminders/kinds";
import { reminderMessage, type ReminderToSend } from "@/lib/reminders/reminder-message";
import { localTimeToUtc } from "@/lib/reminders/due-time";
import { syncReminders } from "@/lib/reminders/sync";

export type SweepCounts = { claimed: number; sent: number; cancelled: number; deferred: number; retrying: number; failed: number; messages: number };
type ReminderRow = typeof reminders.$inferSelect;

/** Atomically takes due rows (and rows whose claim lease ran out) for this sweep. */
export function claimDueReminders(db: AppDatabase, now: number, limit = 100): ReminderRow[] {
  const token = randomUUID();
  const due = or(
    and(eq(reminders.status, "pending"), lte(reminders.dueAt, now), or(isNull(reminders.nextAttemptAt), lte(reminders.nextAttemptAt, now))),
    and(eq(reminders.status, "sending"), lte(reminders.claimedAt, now - claimLeaseMs)),
  );
  const ids = db.select({ id: reminders.id }).from(reminders).where(due).orderBy(reminders.dueAt).limit(limit);
  // One UPDATE statement: SQLite runs it under its write lock, so a row cannot be taken twice.
  return db
    .update(reminders)
    .set({ status: "sending", claimedAt: now, claimToken: token })
    .where(and(inArray(reminders.id, ids), due))
    .returning()
    .all();
}

export async function sweepReminders(options: {
  db: AppDatabase;
  send: (message: MailMessage) => Promise<SentMail>;
  now?: number;
  limit?: number;
}): Promise<SweepCounts> {
  const { db, send, now = clockNow(), limit = 100 } = options;
  const counts: SweepCounts = { claimed: 0, sent: 0, cancelled: 0, deferred: 0, retrying: 0, failed: 0, messages: 0 };
  const run = db.insert(jobRuns).values({ job: "reminders", startedAt: now }).returning({ id: jobRuns.id }).get();
  try {
    const claimed = claimDueReminders(db, now, limit);
    counts.claimed = claimed.length;
    const { operators } = await readOperators();
    const owned = (row: ReminderRow) => and(eq(reminders.id, row.id), eq(reminders.claimToken, row.claimToken!));

    // Re-check each claimed reminder against its case as it is now.
    const live: ReminderRow[] = [];
    for (const row of claimed) {
      const verdict = db.transaction((tx) => {
        const state = syncReminders(tx, row.caseId, now);
        const wanted = state?.desired.find((d) => d.kind === row.kind && d.anchor === row.anchor);
        if (!state || !wanted) {
          tx.update(reminders).set({ status: "cancelled" }).where(owned(row)).run();
          return "cancelled";
        }
        // Moved later (a snooze, a new time zone) since it was planned: back in the queue.
        const dueAt = localTimeToUtc(wanted.dueOn, state.timeZone);
        if (dueAt > now) {
          tx.update(reminders).set({ status: "pending", dueOn: wanted.dueOn, dueAt, claimedAt: null, claimToken: null }).where(owned(row)).run();
          return "deferred";
        }
        return "send";
      });
      if (verdict === "send") live.push(row);
      else counts[verdict]++;
    }

    const byUser = new Map<string, ReminderRow[]>();
    for (const row of live) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
    for (const [userId, rows] of byUser) {
      const user = db.select().from(users).where(eq(users.id, userId)).get();
      if (!user?.email) continue;
      const batches = user.reminderDigest ? [rows] : rows.map((r) => [r]);
      for (const batch of batches) {
        const items: ReminderToSend[] = batch.map((r) => {
          const c = db.select().from(cases).where(eq(cases.id, r.caseId)).get()!;
          const providerLabel = c.provider === "other" ? (c.providerName ?? "") : (operators.find((o) => o.id === c.provider)?.name ?? c.provider);
          return { kind: r.kind as ReminderKind, anchor: r.anchor, case: { id: c.id, providerLabel, phoneNumber: c.phoneNumber, status: c.status, submittedOn: c.submittedOn, endsOn: c.endsOn } };
        });
        try {
          const message = await reminderMessage({ id: user.id, email: user.email, locale: user.locale, timeZone: user.timeZone }, items, now);
          const sent = await send(message);
          counts.messages++;
          for (const r of batch) {
            db.update(reminders).set({ status: "sent", sentAt: clockNow(), messageId: sent.messageId, lastError: null }).where(owned(r)).run();
            counts.sent++;
          }
        } catch (error) {
          for (const r of batch) {
            const attempts = r.attempts + 1;
            const failed = attempts >= maxAttempts;
            db.update(reminders)
              .set({ status: failed ? "failed" : "pending", attempts, lastError: String((error as Error).message ?? error).slice(0, 500), nextAttemptAt: failed ? null : now + retryDelayMs(attempts) })
              .where(owned(r))
              .run();
            if (failed) counts.failed++;
            else counts.retrying++;
          }
        }
      }
    }
    db.update(jobRuns).set({ finishedAt: clockNow(), counts }).where(eq(jobRuns.id, run.id)).run();
    return counts;
  } catch (error) {
    db.update(jobRuns).set({ finishedAt: clockNow(), counts, error: String(error) }).where(eq(jobRuns.id, run.id)).run();
    throw error;
  }
}

/** The latest sweep and what is waiting, for the health endpoint. */
export function reminderHealth(db: AppDatabase) {
  const last = db.select().from(jobRuns).where(eq(jobRuns.job, "reminders")).orderBy(sql`${jobRuns.id} desc`).limit(1).get();
  const byStatus = Object.fromEntries(
    db.select({ status: reminders.status, n: sql<number>`count(*)` }).from(reminders).groupBy(reminders.status).all().map((r) => [r.status, r.n]),
  );
  return {
    lastSweep: last ? { startedAt: new Date(last.startedAt).toISOString(), finishedAt: last.finishedAt ? new Date(last.finishedAt).toISOString() : null, counts: last.counts, error: last.error } : null,
    reminders: byStatus,
  };
}
