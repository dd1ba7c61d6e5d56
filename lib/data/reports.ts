import "server-only";
import { and, asc, count, eq, gte, inArray, isNotNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { caseEvents, caseLetters, caseReportShares, cases, readerReports } from "@/db/schema";
import { now, nowIso, today } from "@/lib/clock";
import { reportLimits } from "@/lib/reports/limits";
import { reportOfCase, type NotReportable, type ReportFacts } from "@/lib/reports/report-of-case";
import { summarizeReports, type ReportSummary } from "@/lib/reports/summary";
import { ownedCase, type CaseRow, type Db, type Tx } from "./case-writes";
import { immediate } from "./evidence-files";

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
 * Shares (or brings up to date) the report of the user's case: the old report, if any, is
 * replaced, so a case never has two. Refused past the account's limits (lib/reports/limits.ts).
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

    const others = and(eq(caseReportShares.userId, userId), ne(caseReportShares.caseId, caseId));
    const sameOperator = tx
      .select({ n: count() })
      .from(caseReportShares)
      .innerJoin(cases, eq(cases.id, caseReportShares.caseId))
      .where(and(others, eq(cases.provider, row.provider)))
      .get()!.n;
    if (sameOperator >= reportLimits.perOperator) return { ok: false, reason: "per-operator" };
    const dayAgo = new Date(now() - 86_400_000).toISOString();
    const sharedToday = tx
      .select({ n: count() })
      .from(caseReportShares)
      .where(and(others, gte(caseReportShares.sharedAt, dayAgo)))
      .get()!.n;
    if (sharedToday >= reportLimits.perDay) return { ok: false, reason: "per-day" };

    // Deleting the share deletes its report (the trigger in db/migrations).
    tx.delete(caseReportShares).where(eq(caseReportShares.caseId, caseId)).run();
    const filedMonth = today().slice(0, 7); // in Oslo, as the figures count months
    const { id } = tx
      .insert(readerReports)
      .values({ ...report.facts, filedMonth })
      .returning({ id: readerReports.id })
      .get();
    tx.insert(caseReportShares).values({ caseId, reportId: id, userId, sharedAt: nowIso() }).run();
    return { ok: true };
  }, immediate);
}

/** Withdraws consent: the report is deleted. False when the case is not the user's. */
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

/** An operator's figures as of the current month (in Oslo): public, no user involved. */
export function operatorReportSummary(operator: string): ReportSummary {
  const rows = getDb()
    .select({ ...factColumns, filedMonth: readerReports.filedMonth })
    .from(readerReports)
    .where(eq(readerReports.operator, operator))
    .all();
  return summarizeReports(operator, rows, today().slice(0, 7));
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
