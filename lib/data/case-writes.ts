import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import type { AppTransaction, getDb } from "@/db/client";
import { caseEvents, caseReportShares, cases, readerReports } from "@/db/schema";
import { nowIso } from "@/lib/clock";
import { syncReminders } from "@/lib/data/reminder-sync";
import { reportableStatuses } from "@/lib/reports/report-of-case";
import { accountLimits } from "@/lib/tracker/limits";
import { LimitReachedError } from "./limit-reached";

// The write steps every case change shares (cases.ts, letters.ts): find the user's own case,
// log a timeline event, apply changes with their events, a new version and re-planned reminders.

export type Db = ReturnType<typeof getDb>;
export type Tx = AppTransaction;
export type CaseRow = typeof cases.$inferSelect;

export function ownedCase(tx: Tx | Db, userId: string, caseId: string) {
  return tx
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.userId, userId)))
    .get();
}

export function logEvent(
  tx: Tx,
  caseId: string,
  kind: string,
  field: string | null,
  from: unknown,
  to: unknown,
) {
  // Every write to a case logs at least one event, so this bounds what a script editing one case
  // in a loop can store (the count comes from the case_event_case index).
  if (
    tx.select({ n: count() }).from(caseEvents).where(eq(caseEvents.caseId, caseId)).get()!.n >=
    accountLimits.events
  )
    throw new LimitReachedError("events");
  const text = (v: unknown) =>
    v === null || v === undefined ? null : Array.isArray(v) ? v.join(",") || null : String(v);
  tx.insert(caseEvents)
    .values({ caseId, at: nowIso(), kind, field, fromValue: text(from), toValue: text(to) })
    .run();
}

/** Writes `changes` (logging each field that really changed), bumps the version, re-plans reminders. */
export function applyChanges(tx: Tx, before: CaseRow, changes: Partial<CaseRow>): CaseRow {
  const changed = (Object.keys(changes) as (keyof CaseRow)[]).filter(
    (field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(changes[field] ?? null),
  );
  if (changed.length === 0) return before;
  if (changed.includes("status"))
    logEvent(tx, before.id, "status", "status", before.status, changes.status);
  // The notice rule follows the operator (content), not something the user did: not a timeline entry.
  for (const field of changed)
    if (field !== "status" && field !== "noticeRule")
      logEvent(tx, before.id, "edited", field, before[field], changes[field]);
  const row = tx
    .update(cases)
    .set({ ...changes, updatedAt: nowIso(), version: sql`${cases.version} + 1` })
    .where(eq(cases.id, before.id))
    .returning()
    .get();
  syncReminders(tx, before.id);
  if (changed.includes("status") || changed.includes("provider")) dropUntrueReport(tx, row);
  return row;
}

/**
 * A shared report stops being true when its case leaves "confirmed"/"completed" or changes
 * operator: it is deleted (with its share row, by the trigger), and the case page offers to
 * share again once the case qualifies. Other edits leave it as shared; the page offers an update.
 */
function dropUntrueReport(tx: Tx, row: CaseRow) {
  const share = tx
    .select({ operator: readerReports.operator })
    .from(caseReportShares)
    .innerJoin(readerReports, eq(readerReports.id, caseReportShares.reportId))
    .where(eq(caseReportShares.caseId, row.id))
    .get();
  if (share && (!reportableStatuses.includes(row.status) || share.operator !== row.provider))
    tx.delete(caseReportShares).where(eq(caseReportShares.caseId, row.id)).run();
}
