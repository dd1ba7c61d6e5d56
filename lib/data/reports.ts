import "server-only";
import {
  and,
  asc,
  between,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  ne,
} from "drizzle-orm";
import { getDb, immediate } from "@/db/client";
import {
  caseEvents,
  caseLetters,
  caseReportShares,
  readerReportSummaries,
  readerReports,
  reportShareLog,
} from "@/db/schema";
import { now, today } from "@/lib/clock";
import { reportLimits } from "@/lib/reports/limits";
import {
  reportableStatuses,
  reportOfCase,
  type NotReportable,
  type ReportFacts,
} from "@/lib/reports/report-of-case";
import {
  releasable,
  reportPeriod,
  summarizeReports,
  type ReportSummary,
} from "@/lib/reports/summary";
import { ownedCase, type CaseRow, type Db, type Tx } from "./case-writes";

// Readers' reports: a user shares what worked on one of their closed cases (stored apart, see
// db/schema.ts), withdraws it, and anyone reads an operator's figures. The user-facing
// functions take the signed-in user's id and treat another user's case as one that does not exist.

export type CaseReportState = {
  /** What the case would report now, or why it cannot. */
  now: { ok: true; facts: ReportFacts } | { ok: false; reason: NotReportable };
  /** What was shared (null: not shared). */
  shared: ReportFacts | null;
};

const factColumns = {
  operator: readerReports.operator,
  subscriptionType: readerReports.subscriptionType,
  channel: readerReports.channel,
  sentMonth: readerReports.sentMonth,
  daysToConfirmation: readerReports.daysToConfirmation,
  daysToEnd: readerReports.daysToEnd,
  chaseOrComplaint: readerReports.chaseOrComplaint,
  finalBillRight: readerReports.finalBillRight,
};

export function getCaseReportState(
  userId: string,
  caseId: string,
  operatorIds: readonly string[],
): CaseReportState | null {
  const db = getDb();
  const row = ownedCase(db, userId, caseId);
  if (!row) return null;
  return { now: currentReport(db, row, operatorIds), shared: sharedReport(db, caseId) };
}

export type ShareResult =
  { ok: true } | { ok: false; reason: "not-found" | NotReportable | "per-operator" | "per-day" };

/**
 * Shares the report of the user's case, or brings a shared one up to date in place (it keeps the
 * month it was shared and its release, so an update never moves it between batches). Refused
 * past the account's limits (lib/reports/limits.ts).
 */
export function shareCaseReport(
  userId: string,
  caseId: string,
  operatorIds: readonly string[],
): ShareResult {
  return getDb().transaction((tx): ShareResult => {
    const row = ownedCase(tx, userId, caseId);
    if (!row) return { ok: false, reason: "not-found" };
    const report = currentReport(tx, row, operatorIds);
    if (!report.ok) return report;

    const dayAgo = new Date(now() - 86_400_000);
    const sharedToday = tx
      .select({ n: count() })
      .from(reportShareLog)
      .where(and(eq(reportShareLog.userId, userId), gte(reportShareLog.at, dayAgo)))
      .get()!.n;
    if (sharedToday >= reportLimits.perDay) return { ok: false, reason: "per-day" };
    // Counted by the reports' operator, not the cases' (a case's operator can be edited).
    const sameOperator = tx
      .select({ n: count() })
      .from(caseReportShares)
      .innerJoin(readerReports, eq(readerReports.id, caseReportShares.reportId))
      .where(
        and(
          eq(caseReportShares.userId, userId),
          ne(caseReportShares.caseId, caseId),
          eq(readerReports.operator, report.facts.operator),
        ),
      )
      .get()!.n;
    if (sameOperator >= reportLimits.perOperator) return { ok: false, reason: "per-operator" };

    tx.insert(reportShareLog)
      .values({ userId, at: new Date(now()) })
      .run();
    // Entries older than a day count for nothing: anyone's are dropped whenever anyone shares,
    // so the log never keeps when someone shared for longer than the limit needs.
    tx.delete(reportShareLog).where(lt(reportShareLog.at, dayAgo)).run();
    const sharedAt = today(); // the day, in Oslo: nothing finer is kept
    const existing = tx
      .select({ reportId: caseReportShares.reportId })
      .from(caseReportShares)
      .where(eq(caseReportShares.caseId, caseId))
      .get();
    if (existing) {
      tx.update(readerReports)
        .set(report.facts)
        .where(eq(readerReports.id, existing.reportId))
        .run();
      tx.update(caseReportShares)
        .set({ sharedAt })
        .where(eq(caseReportShares.caseId, caseId))
        .run();
      return { ok: true };
    }
    const { id } = tx
      .insert(readerReports)
      .values({ ...report.facts, filedMonth: sharedAt.slice(0, 7) })
      .returning({ id: readerReports.id })
      .get();
    tx.insert(caseReportShares).values({ caseId, reportId: id, userId, sharedAt }).run();
    return { ok: true };
  }, immediate);
}

/** Withdraws consent: the report is deleted at once. False when the case is not the user's. */
export function withdrawCaseReport(userId: string, caseId: string): boolean {
  const db = getDb();
  if (!ownedCase(db, userId, caseId)) return false;
  db.delete(caseReportShares)
    .where(and(eq(caseReportShares.caseId, caseId), eq(caseReportShares.userId, userId)))
    .run();
  return true;
}

/** What each of the user's cases shared, by case id (the account export lists it). */
export function sharedReportsOfUser(userId: string): Map<string, ReportFacts> {
  const rows = getDb()
    .select({ caseId: caseReportShares.caseId, ...factColumns })
    .from(caseReportShares)
    .innerJoin(readerReports, eq(readerReports.id, caseReportShares.reportId))
    .where(eq(caseReportShares.userId, userId))
    .all();
  return new Map(rows.map(({ caseId, ...facts }) => [caseId, facts]));
}

/**
 * An operator's figures for the current month (in Oslo): public, no user involved. The first read
 * of a month releases that month's batch, if one is ready, and stores the figures (recomputed
 * only with a batch; else the last ones again); every later read that month serves them as
 * stored (lib/reports/summary.ts says why).
 */
export function operatorReportSummary(operator: string): ReportSummary {
  const asOf = today().slice(0, 7);
  const published = (db: Db | Tx) =>
    db
      .select({ summary: readerReportSummaries.summary })
      .from(readerReportSummaries)
      .where(
        and(eq(readerReportSummaries.operator, operator), eq(readerReportSummaries.asOf, asOf)),
      )
      .get()?.summary as ReportSummary | undefined;
  const stored = published(getDb());
  if (stored) return stored;

  return getDb().transaction((tx) => {
    const raced = published(tx); // another process made them meanwhile
    if (raced) return raced;
    const waiting = tx
      .select({
        id: readerReports.id,
        sentMonth: readerReports.sentMonth,
        filedMonth: readerReports.filedMonth,
        releasedMonth: readerReports.releasedMonth,
        account: caseReportShares.userId,
      })
      .from(readerReports)
      .innerJoin(caseReportShares, eq(caseReportShares.reportId, readerReports.id))
      .where(and(eq(readerReports.operator, operator), isNull(readerReports.releasedMonth)))
      .all();
    const batch = releasable(waiting, asOf).map((r) => r.id);
    const last = tx
      .select({ summary: readerReportSummaries.summary })
      .from(readerReportSummaries)
      .where(eq(readerReportSummaries.operator, operator))
      .orderBy(desc(readerReportSummaries.asOf))
      .get()?.summary as ReportSummary | undefined;
    // No batch this month: the last figures stand (a withdrawal, an update or a batch leaving
    // must not show alone), published again under this month.
    if (batch.length === 0 && last) {
      tx.insert(readerReportSummaries).values({ operator, asOf, summary: last }).run();
      return last;
    }
    if (batch.length > 0)
      tx.update(readerReports)
        .set({ releasedMonth: asOf })
        .where(inArray(readerReports.id, batch))
        .run();
    const { from, to } = reportPeriod(asOf);
    const counted = tx
      .select({
        ...factColumns,
        filedMonth: readerReports.filedMonth,
        releasedMonth: readerReports.releasedMonth,
      })
      .from(readerReports)
      .where(
        and(eq(readerReports.operator, operator), between(readerReports.releasedMonth, from, to)),
      )
      .all();
    const summary = summarizeReports(operator, counted, asOf);
    tx.insert(readerReportSummaries).values({ operator, asOf, summary }).run();
    return summary;
  }, immediate);
}

function sharedReport(db: Db | Tx, caseId: string): ReportFacts | null {
  return (
    db
      .select(factColumns)
      .from(caseReportShares)
      .innerJoin(readerReports, eq(readerReports.id, caseReportShares.reportId))
      .where(eq(caseReportShares.caseId, caseId))
      .get() ?? null
  );
}

function currentReport(db: Db | Tx, row: CaseRow, operatorIds: readonly string[]) {
  // Most case pages show an open case: the rule refuses it by its status alone, so its timeline
  // and letters (which the page reads anyway for itself) are not read a second time here.
  if (!reportableStatuses.includes(row.status))
    return reportOfCase({ ...row, statusPath: [], sentLetterKinds: [] }, operatorIds);
  const statusPath = db
    .select({ to: caseEvents.toValue })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, row.id), inArray(caseEvents.kind, ["created", "status"])))
    .orderBy(asc(caseEvents.id))
    .all()
    .flatMap((e) => (e.to ? [e.to] : []));
  const sentLetterKinds = db
    .select({ kind: caseLetters.kind })
    .from(caseLetters)
    .where(and(eq(caseLetters.caseId, row.id), isNotNull(caseLetters.sentOn)))
    .all()
    .map((l) => l.kind);
  return reportOfCase({ ...row, statusPath, sentLetterKinds }, operatorIds);
}
