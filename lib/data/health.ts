import "server-only";
import { and, desc, eq, gt, isNotNull, isNull, lte, min, sql } from "drizzle-orm";
import { getDb, type AppDatabase } from "@/db/client";
import { jobRuns, reminders } from "@/db/schema";
import { retryAlertAfterMs, retryForMs } from "@/lib/reminders/backoff";

const weekMs = 7 * 24 * 60 * 60_000;

export type HealthReport = {
  ok: boolean;
  /** What is wrong, as stable codes: database-not-writable, sweep-stale, sweep-failed, reminders-delayed. */
  problems: string[];
  database: { writable: boolean; error: string | null };
  lastSweep: {
    startedAt: string;
    finishedAt: string | null;
    counts: Record<string, number> | null;
    error: string | null;
  } | null;
  lastSuccessfulSweepAgeSeconds: number | null;
  reminders: {
    byStatus: Record<string, number>;
    delayed: number;
    oldestDelayedHours: number | null;
    failedLastWeek: number;
  };
};

/**
 * Is the service doing its job? Computed, never assumed: the database takes a write (a no-op
 * `PRAGMA user_version` write, which a read-only or full database refuses), the last successful
 * reminder sweep is recent, and no reminder has waited past its due time for hours (an SMTP
 * outage: the user sees "delayed", the operator sees it here and in the log).
 */
export function checkHealth(db: AppDatabase, now: number, maxSweepAgeMs: number): HealthReport {
  const problems: string[] = [];
  const { writable, error: dbError } = writeProbe(db);
  if (!writable) problems.push("database-not-writable");

  const last = db
    .select()
    .from(jobRuns)
    .where(eq(jobRuns.job, "reminders"))
    .orderBy(desc(jobRuns.id))
    .limit(1)
    .get();
  const lastGood = db
    .select({ finishedAt: jobRuns.finishedAt })
    .from(jobRuns)
    .where(and(eq(jobRuns.job, "reminders"), isNotNull(jobRuns.finishedAt), isNull(jobRuns.error)))
    .orderBy(desc(jobRuns.id))
    .limit(1)
    .get();
  const age = lastGood?.finishedAt ? Math.max(0, now - lastGood.finishedAt) : null;
  if (age === null || age > maxSweepAgeMs) problems.push("sweep-stale");
  if (last?.error) problems.push("sweep-failed");

  const byStatus = Object.fromEntries(
    db
      .select({ status: reminders.status, n: sql<number>`count(*)` })
      .from(reminders)
      .groupBy(reminders.status)
      .all()
      .map((r) => [r.status, r.n]),
  );
  const overdue = and(
    eq(reminders.status, "pending"),
    lte(reminders.firstFailedAt, now - retryAlertAfterMs),
  );
  const delayed = db
    .select({ n: sql<number>`count(*)`, oldest: min(reminders.firstFailedAt) })
    .from(reminders)
    .where(overdue)
    .get()!;
  if (delayed.n > 0) problems.push("reminders-delayed");
  // A reminder is marked failed `retryForMs` after its first failure: it failed in the last week
  // when that moment is less than a week ago.
  const failedLastWeek = db
    .select({ n: sql<number>`count(*)` })
    .from(reminders)
    .where(
      and(eq(reminders.status, "failed"), gt(reminders.firstFailedAt, now - weekMs - retryForMs)),
    )
    .get()!.n;

  return {
    ok: problems.length === 0,
    problems,
    database: { writable, error: dbError },
    lastSweep: last
      ? {
          startedAt: new Date(last.startedAt).toISOString(),
          finishedAt: last.finishedAt ? new Date(last.finishedAt).toISOString() : null,
          counts: last.counts,
          error: last.error,
        }
      : null,
    lastSuccessfulSweepAgeSeconds: age === null ? null : Math.round(age / 1000),
    reminders: {
      byStatus,
      delayed: delayed.n,
      oldestDelayedHours: delayed.oldest ? Math.floor((now - delayed.oldest) / 3_600_000) : null,
      failedLastWeek,
    },
  };
}

/**
 * The write probe takes SQLite's write lock, and /api/health is public: at most one probe per
 * database every few seconds (real time, not the app's clock), so a flood of health checks
 * cannot crowd out users' saves and the sweep.
 */
const probeEveryMs = 5_000;
const lastProbes = new WeakMap<object, { at: number; writable: boolean; error: string | null }>();

function writeProbe(db: AppDatabase): { writable: boolean; error: string | null } {
  const last = lastProbes.get(db.$client);
  if (last && performance.now() - last.at < probeEveryMs) return last;
  let result: { writable: boolean; error: string | null };
  try {
    const version = db.$client.pragma("user_version", { simple: true }) as number;
    db.$client.pragma(`user_version = ${Number(version) | 0}`);
    result = { writable: true, error: null };
  } catch (error) {
    result = { writable: false, error: (error as { code?: string }).code ?? String(error) };
  }
  lastProbes.set(db.$client, { at: performance.now(), ...result });
  return result;
}

export function getHealth(now: number, maxSweepAgeMs: number): HealthReport {
  return checkHealth(getDb(), now, maxSweepAgeMs);
}
