/**
 * The reminder sweep. Schedule: every minute inside the server (jobs/scheduler.ts), and on demand
 * with `npm run reminders` for an external cron; both may run at once. Guarantees:
 * - never twice: due rows are claimed in small batches by one atomic UPDATE (status pending →
 *   sending, with a random claim token); right before each message is sent its claim is renewed,
 *   and only while still held, so a second process never sends a reminder this one holds. SMTP
 *   timeouts (SMTP_TIMEOUT_SECONDS) keep every send far inside the 10-minute lease;
 * - at least once, deduplicated: a crash after the SMTP server accepted a message but before the
 *   row was marked sent means the reminder goes out again once the lease has run out, with the
 *   same Message-ID (derived from the row), which mail clients treat as the same message;
 * - never lost: an SMTP failure puts the row back with backoff (1, 4, 16 minutes, then hourly) for
 *   a week from the first failure (never at night: a retry that crosses midnight waits for 09:00); the user sees "delayed", the operator a log line and
 *   /api/health, never the user;
 * - never stale: before sending, the case is re-read; a reminder it no longer calls for is
 *   cancelled, one it now wants later (snoozed) goes back to the queue;
 * - late runs send each due reminder once, not once per missed run.
 * Each sweep also prunes what would otherwise grow forever (old job runs, expired sessions and
 * tokens, old sign-in attempts). An idle sweep reads no content files.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, lt, lte, or, sql, type Placeholder } from "drizzle-orm";
import { immediate, type AppDatabase, type AppTransaction } from "@/db/client";
import {
  jobRuns,
  reminders,
  sessions,
  signInAttempts,
  signInCodes,
  users,
  verificationTokens,
} from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { getOperatorData } from "@/lib/content/operators";
import {
  applyReminderPlan,
  planReminders,
  readReminderStates,
  type CaseReminderState,
  type ReminderPlan,
} from "@/lib/data/reminder-sync";
import { logProblem } from "@/lib/log";
import { reminderMessage, type ReminderToSend } from "@/lib/mail/reminder-message";
import type { MailMessage, SentMail } from "@/lib/mail/send-mail";
import {
  claimBatchSize,
  claimLeaseMs,
  retryAlertAfterMs,
  retryDelayMs,
  retryForMs,
} from "@/lib/reminders/backoff";
import { localTimeToUtc } from "@/lib/reminders/due-time";
import { beforeEndItems } from "@/lib/reminders/kinds";
import { siteUrl } from "@/lib/site-url";
import { providerName } from "@/lib/tracker/providers";

export type SweepCounts = {
  claimed: number;
  sent: number;
  cancelled: number;
  deferred: number;
  retrying: number;
  failed: number;
  lost: number;
  messages: number;
};
type ReminderRow = typeof reminders.$inferSelect;
type Live = { row: ReminderRow; plan: ReminderPlan };

/** Atomically takes up to `limit` due rows (and rows whose claim lease ran out) for this sweep. */
export function claimDueReminders(
  db: AppDatabase,
  now: number,
  limit = claimBatchSize,
): ReminderRow[] {
  const token = randomUUID();
  const due = or(
    and(
      eq(reminders.status, "pending"),
      lte(reminders.dueAt, now),
      or(isNull(reminders.nextAttemptAt), lte(reminders.nextAttemptAt, now)),
    ),
    and(eq(reminders.status, "sending"), lte(reminders.claimedAt, now - claimLeaseMs)),
  );
  const ids = db
    .select({ id: reminders.id })
    .from(reminders)
    .where(due)
    .orderBy(reminders.dueAt)
    .limit(limit);
  // One UPDATE statement: SQLite runs it under its write lock, so a row cannot be taken twice.
  return db
    .update(reminders)
    .set({ status: "sending", claimedAt: now, claimToken: token })
    .where(and(inArray(reminders.id, ids), due))
    .returning()
    .all();
}

/** The row, only while this sweep's claim on it stands (its token, still sending). */
const heldBy = (id: number | Placeholder, token: string | Placeholder) =>
  and(eq(reminders.id, id), eq(reminders.claimToken, token), eq(reminders.status, "sending"));
const held = (row: ReminderRow) => heldBy(row.id, row.claimToken!);

/**
 * The sweep's writes per message, prepared once per sweep: built by drizzle and compiled by
 * SQLite on every call they cost more than the writes themselves.
 */
function messageStatements(db: AppDatabase) {
  const heldRow = heldBy(sql.placeholder("id"), sql.placeholder("token"));
  // drizzle types `set` values as plain values or SQL, so each placeholder is wrapped in SQL.
  const at = sql`${sql.placeholder("at")}`;
  const renew = db.update(reminders).set({ claimedAt: at }).where(heldRow).prepare();
  const markSent = db
    .update(reminders)
    .set({
      status: "sent",
      sentAt: at,
      messageId: sql`${sql.placeholder("messageId")}`,
      lastError: null,
    })
    .where(heldRow)
    .prepare();
  const user = db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare();
  return {
    /** Renews the claims right before sending; returns the rows still held (another process may have retaken one). */
    renewClaims: (rows: ReminderRow[]) => {
      const at = clockNow();
      return rows.filter(
        (row) => renew.run({ id: row.id, token: row.claimToken, at }).changes === 1,
      );
    },
    /** Marks a row sent, if this sweep still holds it. */
    markSent: (row: ReminderRow, messageId: string) =>
      markSent.run({ id: row.id, token: row.claimToken, at: clockNow(), messageId }).changes === 1,
    user: (id: string) => user.get({ id }),
  };
}

/** The same reminder(s), the same Message-ID: a repeat after a crash is recognisably the same message. */
export function reminderMessageId(rows: Pick<ReminderRow, "id">[]): string {
  return `<reminder-${rows
    .map((r) => r.id)
    .sort((a, b) => a - b)
    .join("-")}@${siteUrl.hostname}>`;
}

export async function sweepReminders(options: {
  db: AppDatabase;
  send: (message: MailMessage) => Promise<SentMail>;
  now?: number;
  batchSize?: number;
}): Promise<SweepCounts> {
  const { db, send, now = clockNow(), batchSize = claimBatchSize } = options;
  const counts: SweepCounts = {
    claimed: 0,
    sent: 0,
    cancelled: 0,
    deferred: 0,
    retrying: 0,
    failed: 0,
    lost: 0,
    messages: 0,
  };
  const run = db
    .insert(jobRuns)
    .values({ job: "reminders", startedAt: now })
    .returning({ id: jobRuns.id })
    .get();
  // On the sweep's own time line (`now` may be given), so its duration stays true.
  const startedAt = clockNow();
  const finishedAt = () => now + (clockNow() - startedAt);
  try {
    pruneHousekeeping(db, now);
    const statements = messageStatements(db);
    for (
      let claimed = claimDueReminders(db, now, batchSize);
      claimed.length > 0;
      claimed = claimDueReminders(db, now, batchSize)
    ) {
      counts.claimed += claimed.length;
      const live = recheck(db, claimed, now, counts);
      const { operators } = await getOperatorData(); // only when something is due
      const byUser = new Map<string, Live[]>();
      for (const l of live) byUser.set(l.row.userId, [...(byUser.get(l.row.userId) ?? []), l]);
      for (const [userId, items] of byUser) {
        const user = statements.user(userId);
        if (!user?.email) continue;
        for (const batch of user.reminderDigest ? [items] : items.map((l) => [l])) {
          const mine = new Set(statements.renewClaims(batch.map((l) => l.row)).map((r) => r.id));
          const sendable = batch.filter((l) => mine.has(l.row.id));
          counts.lost += batch.length - sendable.length;
          if (sendable.length === 0) continue;
          const rows = sendable.map((l) => l.row);
          try {
            const message = await reminderMessage(
              { id: user.id, email: user.email, locale: user.locale, timeZone: user.timeZone },
              sendable.map((l) => toSend(l, operators)),
              now,
            );
            const sent = await send({ ...message, messageId: reminderMessageId(rows) });
            counts.messages++;
            for (const row of rows) if (statements.markSent(row, sent.messageId)) counts.sent++;
          } catch (error) {
            for (const row of rows) recordFailure(db, row, error, now, counts);
          }
        }
      }
    }
    db.update(jobRuns)
      .set({ finishedAt: finishedAt(), counts })
      .where(eq(jobRuns.id, run.id))
      .run();
    return counts;
  } catch (error) {
    db.update(jobRuns)
      .set({ finishedAt: finishedAt(), counts, error: errorSummary(error) })
      .where(eq(jobRuns.id, run.id))
      .run();
    throw error;
  }
}

/**
 * Re-checks each claimed reminder against its case as it is now. One transaction for the claimed
 * batch (a few dozen rows, milliseconds of write lock): a commit per row made the sweep wait on a
 * disk sync thousands of times. It takes the write lock at once ("immediate"), so a write by the
 * web process between its reads and its writes cannot fail it. The batch's cases are read in
 * three queries (readReminderStates); each case's plan is worked out and applied once, and each
 * row judged, in savepoints of their own, so a row whose re-check throws is retried later on its
 * own (recordFailure) and the rest of the batch goes on. Counts are taken after the commit.
 */
function recheck(
  db: AppDatabase,
  claimed: ReminderRow[],
  now: number,
  counts: SweepCounts,
): Live[] {
  const verdicts = db.transaction((tx) => {
    const caseIds = [...new Set(claimed.map((row) => row.caseId))];
    const states = readReminderStates(tx, caseIds);
    // Each case's plan is applied once, in its own savepoint: a row's verdict that fails later
    // rolls back only that row's write, never the plan its case's other rows rely on.
    const plans = new Map<string, ReminderPlan | null | { error: unknown }>();
    for (const caseId of caseIds) {
      const state = states.get(caseId);
      try {
        plans.set(
          caseId,
          state ? tx.transaction((savepoint) => applied(savepoint, state, now)) : null,
        );
      } catch (error) {
        plans.set(caseId, { error });
      }
    }
    return claimed.map((row) => {
      const plan = plans.get(row.caseId) ?? null;
      if (plan && "error" in plan) return { row, error: plan.error };
      try {
        return {
          row,
          verdict: tx.transaction((savepoint) => verdictOn(savepoint, row, plan, now)),
        };
      } catch (error) {
        return { row, error };
      }
    });
  }, immediate);
  const live: Live[] = [];
  for (const result of verdicts) {
    if ("error" in result) recordFailure(db, result.row, result.error, now, counts);
    else if (typeof result.verdict === "string") counts[result.verdict]++;
    else live.push(result.verdict);
  }
  return live;
}

/** The case's plan as it is now, with its reminder rows brought in line with it. */
function applied(tx: AppTransaction, state: CaseReminderState, now: number): ReminderPlan {
  const plan = planReminders(state, now);
  applyReminderPlan(tx, plan, state.rows);
  return plan;
}

/** Still wanted now (send it), no longer wanted (cancelled), or wanted later (back in the queue). */
function verdictOn(
  tx: AppTransaction,
  row: ReminderRow,
  plan: ReminderPlan | null,
  now: number,
): Live | "cancelled" | "deferred" {
  const wanted = plan?.desired.find((d) => d.kind === row.kind && d.anchor === row.anchor);
  if (!plan || !wanted) {
    tx.update(reminders).set({ status: "cancelled" }).where(held(row)).run();
    return "cancelled";
  }
  // Moved later (a snooze, a new time zone) since it was planned: back in the queue.
  const dueAt = localTimeToUtc(wanted.dueOn, plan.timeZone);
  if (dueAt > now) {
    tx.update(reminders)
      .set({ status: "pending", dueOn: wanted.dueOn, dueAt, claimedAt: null, claimToken: null })
      .where(held(row))
      .run();
    return "deferred";
  }
  return { row, plan };
}

function toSend({ row, plan }: Live, operators: { id: string; name: string }[]): ReminderToSend {
  const c = plan.caseRow;
  // The next reminder this case will send, if nothing changes: the e-mail says when.
  const next = plan.desired
    .filter((d) => !(d.kind === row.kind && d.anchor === row.anchor) && d.dueOn > row.dueOn)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  return {
    kind: row.kind,
    anchor: row.anchor,
    openItems:
      row.kind === "before-end"
        ? plan.openItems.filter((i) => (beforeEndItems as readonly string[]).includes(i))
        : [],
    next: next ? { kind: next.kind, dueOn: next.dueOn } : null,
    nextAction: plan.nextAction,
    dates: { numberStops: plan.numberStops, sendBy: plan.sendBy },
    case: {
      id: c.id,
      provider: c.provider,
      providerLabel: providerName(
        c,
        operators.map((o) => ({ ...o, notice: null })),
      ),
      nickname: c.nickname,
      phoneNumber: c.phoneNumber,
      status: c.status,
      submittedOn: c.submittedOn,
      endsOn: c.endsOn,
    },
  };
}

/** A send failed: retry later (backoff), or, a week past its due time, give up. Logged for the operator. */
function recordFailure(
  db: AppDatabase,
  row: ReminderRow,
  error: unknown,
  now: number,
  counts: SweepCounts,
) {
  const attempts = row.attempts + 1;
  const firstFailedAt = row.firstFailedAt ?? now;
  const failed = now - firstFailedAt >= retryForMs;
  const summary = errorSummary(error);
  db.update(reminders)
    .set({
      status: failed ? "failed" : "pending",
      attempts,
      firstFailedAt,
      lastError: summary,
      nextAttemptAt: failed ? null : now + retryDelayMs(attempts),
      claimedAt: null,
      claimToken: null,
    })
    .where(held(row))
    .run();
  counts[failed ? "failed" : "retrying"]++;
  const failingHours = Math.floor((now - firstFailedAt) / 3_600_000);
  if (failed || now - firstFailedAt >= retryAlertAfterMs)
    logProblem(failed ? "reminder-failed" : "reminder-delayed", {
      reminder: row.id,
      attempts,
      failingHours,
      error: summary,
    });
}

/**
 * What went wrong, for the operator: the error's code and message with e-mail addresses and
 * phone numbers removed (an SMTP answer may quote the recipient).
 */
export function errorSummary(error: unknown): string {
  const code =
    (error as { code?: unknown; responseCode?: unknown }).code ??
    (error as { responseCode?: unknown }).responseCode;
  const message = error instanceof Error ? error.message : String(error);
  const scrubbed = message
    .replace(/[^\s<>"']+@[^\s<>"']+/g, "[address]")
    .replace(/\+?\d[\d .-]{6,}\d/g, (run) =>
      run.replace(/\D/g, "").length >= 8 ? "[number]" : run,
    ); // phone numbers, however grouped; not SMTP codes;
  return `${code ? `${String(code)}: ` : ""}${scrubbed}`.slice(0, 300);
}

/** Keeps the tables that would grow forever small: a week of job runs, live sessions and tokens only. */
function pruneHousekeeping(db: AppDatabase, now: number) {
  const weekAgo = now - 7 * 24 * 60 * 60_000;
  db.delete(jobRuns).where(lt(jobRuns.startedAt, weekAgo)).run();
  db.delete(sessions)
    .where(lt(sessions.expires, new Date(now)))
    .run();
  db.delete(verificationTokens)
    .where(lt(verificationTokens.expires, new Date(now)))
    .run();
  db.delete(signInCodes)
    .where(lt(signInCodes.expires, new Date(now)))
    .run();
  db.delete(signInAttempts)
    .where(lt(signInAttempts.at, new Date(now - 24 * 60 * 60_000)))
    .run();
}
