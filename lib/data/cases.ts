import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { caseChecklist, caseEvents, cases } from "@/db/schema";
import { nowIso } from "@/lib/clock";
import {
  readCasePage,
  readOperatorCounts,
  readViewCounts,
  type CaseFilterValues,
} from "@/lib/data/case-list-statements";
import { casesOfUser } from "@/lib/data/case-queries";
import { syncReminders } from "@/lib/data/reminder-sync";
import {
  dateProblems,
  statusAfterDateChange,
  statusFromDates,
  type DateProblem,
} from "@/lib/tracker/case-dates";
import type { CaseSort, CaseView } from "@/lib/tracker/case-list";
import { finalBillPending } from "@/lib/tracker/case-model";
import { checklistFor, type ChecklistKey } from "@/lib/tracker/checklist";
import { completionWarnings, type CompletionWarning } from "@/lib/tracker/completion";
import type { IsoDate } from "@/lib/tracker/dates";
import { accountLimits } from "@/lib/tracker/limits";
import { canTransition } from "@/lib/tracker/status";
import {
  editableFields,
  type CaseFormInput,
  type EditableField,
  type StatusChangeInput,
} from "@/lib/validation/case";
import { getAccount } from "./account";
import { leavingOnOf, toCaseDto } from "./case-dto";
import { applyChanges, logEvent, ownedCase, type CaseRow, type Tx } from "./case-writes";
import { digestsOfCase, releaseFiles } from "./evidence-files";
import { LimitReachedError } from "./limit-reached";
import type { CaseDto, CaseEventDto } from "./dto";

// The tracker's data-access layer. Every function takes the signed-in user's id (from
// requireUser) and touches only rows that user owns: a case id belonging to someone else is
// treated exactly like one that does not exist. Writes run in one transaction with their
// timeline events and the recomputed reminder rows (syncReminders), so a case never changes
// without its history and its reminders never disagree with it; each bumps the case's version.

// Outside a transaction the leaving date comes with the account's row, a statement compiled once
// (db/prepared-statements.ts); writes read it inside their transaction (leavingOnOf).
const accountLeavingOn = (userId: string) => getAccount(userId)?.leavingOn ?? null;

export function listCases(userId: string): CaseDto[] {
  const db = getDb();
  const leavingOn = accountLeavingOn(userId);
  return casesOfUser(db, userId)
    .all()
    .map((row) => toCaseDto(row, leavingOn));
}

export type CasePage = {
  cases: CaseDto[];
  /** How many of the cases matching the status, operator and search each view holds. */
  counts: Record<CaseView, number>;
  /** The operators of all the user's cases, with how many each has (for the operator filter). */
  operators: { provider: string; n: number }[];
  /** The user's cases in all, whatever the filter (none: the dashboard explains how to start). */
  owned: number;
  total: number;
  page: number;
  pages: number;
};

/**
 * One page of the dashboard: the cases matching the filter in the chosen order (filtered, sorted
 * and cut by SQLite, so a user with a thousand cases costs about what one with thirty does), the
 * count per view, and where the page is. A page past the end shows the last one.
 */
export function listCasePage(
  userId: string,
  options: CaseFilterValues & { sort?: CaseSort; page: number; pageSize: number },
): CasePage {
  const db = getDb();
  const counts = readViewCounts(db, userId, options);
  const operators = readOperatorCounts(db, userId);
  const owned = operators.reduce((sum, o) => sum + o.n, 0);
  const total = counts[options.view ?? "all"];
  const pages = Math.max(1, Math.ceil(total / options.pageSize));
  const page = Math.min(pages, Math.max(1, options.page));
  const rows = readCasePage(db, userId, {
    ...options,
    limit: options.pageSize,
    offset: (page - 1) * options.pageSize,
  });
  const leavingOn = accountLeavingOn(userId);
  return {
    cases: rows.map((row) => toCaseDto(row, leavingOn)),
    counts,
    operators,
    owned,
    total,
    page,
    pages,
  };
}

export function getCase(userId: string, caseId: string): CaseDto | null {
  const db = getDb();
  const row = ownedCase(db, userId, caseId);
  return row ? toCaseDto(row, accountLeavingOn(userId)) : null;
}

/**
 * A new case; its status is what its dates say (sent → waiting, confirmed → confirmed). Throws
 * LimitReachedError, writing nothing, when the user already has as many cases as accountLimits allows.
 */
export function createCase(userId: string, input: CaseFormInput): CaseDto {
  return getDb().transaction((tx) => {
    const owned = tx.select({ n: count() }).from(cases).where(eq(cases.userId, userId)).get()!.n;
    if (owned >= accountLimits.cases) throw new LimitReachedError("cases");
    const at = nowIso();
    const fields = pickEditable(input);
    const status = statusFromDates(fields);
    const row = tx
      .insert(cases)
      .values({ ...fields, userId, status, createdAt: at, updatedAt: at })
      .returning()
      .get();
    logEvent(tx, row.id, "created", "status", null, status);
    syncReminders(tx, row.id);
    return toCaseDto(row, leavingOnOf(tx, userId));
  });
}

export type UpdateResult =
  | { ok: true; case: CaseDto }
  | { ok: false; reason: "not-found" }
  /** The form was opened at an older version: nothing written; these fields changed meanwhile. */
  | {
      ok: false;
      reason: "stale";
      changed: { field: EditableField; now: string }[];
      current: CaseDto;
    };

/**
 * Saves the edit form, unless the case changed after the form was opened (optimistic
 * concurrency): `openedAt` is the version the form showed, `shown` its values then. The status
 * follows the new dates (one rule with create and the status buttons).
 */
export function updateCase(
  userId: string,
  caseId: string,
  input: CaseFormInput,
  guard: { openedAt: number; shown: Record<string, string> },
): UpdateResult {
  return getDb().transaction((tx): UpdateResult => {
    const before = ownedCase(tx, userId, caseId);
    if (!before) return { ok: false, reason: "not-found" };
    if (before.version !== guard.openedAt) {
      const now = formValuesOf(before);
      const changed = editableFields
        .filter((field) => (guard.shown[field] ?? "") !== now[field])
        .map((field) => ({ field, now: now[field] }));
      return {
        ok: false,
        reason: "stale",
        changed,
        current: toCaseDto(before, leavingOnOf(tx, userId)),
      };
    }
    const next = pickEditable(input);
    const row = applyChanges(tx, before, {
      ...next,
      status: statusAfterDateChange(before.status, next),
    });
    return { ok: true, case: toCaseDto(row, leavingOnOf(tx, userId)) };
  });
}

export type StatusChangeResult =
  | { ok: true; case: CaseDto }
  | { ok: false; reason: "not-found" | "not-allowed" }
  | { ok: false; reason: "invalid"; problems: DateProblem[] }
  | { ok: false; reason: "needs-acknowledgement"; warnings: CompletionWarning[] };

/**
 * Moves a case along its status path. The server enforces the allowed transitions whatever the
 * form sent; the dates a move needs must be given (never silently "today"), and the case's dates
 * after the move must pass the same rule as the forms. "All done" while the number still works
 * or number items are open needs the user's explicit acknowledgement.
 */
export function changeStatus(
  userId: string,
  caseId: string,
  input: Omit<StatusChangeInput, "caseId">,
  today: IsoDate,
): StatusChangeResult {
  return getDb().transaction((tx): StatusChangeResult => {
    const before = ownedCase(tx, userId, caseId);
    if (!before) return { ok: false, reason: "not-found" };
    return moveStatus(tx, userId, before, input, today);
  });
}

/**
 * changeStatus's rule inside a transaction the caller holds (a recorded reply moves the case in
 * the same transaction as it is saved). Writes nothing unless it answers ok.
 */
export function moveStatus(
  tx: Tx,
  userId: string,
  before: CaseRow,
  input: Omit<StatusChangeInput, "caseId">,
  today: IsoDate,
): StatusChangeResult {
  if (!canTransition(before.status, input.to)) return { ok: false, reason: "not-allowed" };

  const changes: Partial<CaseRow> = { status: input.to };
  const required: DateProblem[] = [];
  if (input.to === "submitted") {
    if (!input.submittedOn) required.push({ field: "submittedOn", code: "required" });
    changes.submittedOn = input.submittedOn ?? null;
  }
  if (input.to === "confirmed" && before.status !== "completed") {
    if (!input.confirmedOn) required.push({ field: "confirmedOn", code: "required" });
    changes.confirmedOn = input.confirmedOn ?? null;
    if (input.confirmationReference) changes.confirmationReference = input.confirmationReference;
    if (input.endsOn) changes.endsOn = input.endsOn;
  }
  const problems = [
    ...required,
    ...dateProblems(
      {
        submittedOn: before.submittedOn,
        confirmedOn: before.confirmedOn,
        endsOn: before.endsOn,
        requestedEndOn: before.requestedEndOn,
        ...changes,
      },
      today,
    ),
  ];
  if (problems.length > 0) return { ok: false, reason: "invalid", problems };

  if (input.to === "completed" && !input.acknowledged) {
    const warnings = completionWarnings(before, openChecklistItems(tx, before), today);
    if (warnings.length > 0) return { ok: false, reason: "needs-acknowledgement", warnings };
  }
  return {
    ok: true,
    case: toCaseDto(applyChanges(tx, before, changes), leavingOnOf(tx, userId)),
  };
}

/** Deletes the user's case with everything on it (by cascade), and its evidence files. */
export function deleteCase(userId: string, caseId: string): boolean {
  const db = getDb();
  const digests = digestsOfCase(db, caseId);
  const deleted =
    db
      .delete(cases)
      .where(and(eq(cases.id, caseId), eq(cases.userId, userId)))
      .run().changes === 1;
  if (deleted) releaseFiles(db, digests);
  return deleted;
}

export function listCaseEvents(userId: string, caseId: string): CaseEventDto[] | null {
  const db = getDb();
  if (!ownedCase(db, userId, caseId)) return null;
  return db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.id))
    .all()
    .map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      field: e.field,
      from: e.fromValue,
      to: e.toValue,
    }));
}

export type ChecklistItemDto = { key: ChecklistKey; section: string; doneOn: IsoDate | null };

export function getChecklist(userId: string, caseId: string): ChecklistItemDto[] | null {
  const db = getDb();
  const row = ownedCase(db, userId, caseId);
  if (!row) return null;
  const done = new Map(
    db
      .select()
      .from(caseChecklist)
      .where(eq(caseChecklist.caseId, caseId))
      .all()
      .map((d) => [d.itemKey, d.doneOn]),
  );
  return checklistFor(row).map((item) => ({
    key: item.key,
    section: item.section,
    doneOn: done.get(item.key) ?? null,
  }));
}

function openChecklistItems(tx: Tx, row: CaseRow): string[] {
  const done = new Set(
    tx
      .select()
      .from(caseChecklist)
      .where(eq(caseChecklist.caseId, row.id))
      .all()
      .map((d) => d.itemKey),
  );
  return checklistFor(row)
    .map((item) => item.key)
    .filter((key) => !done.has(key));
}

/** Ticks or unticks one checklist item that applies to this case. False when the case is not theirs. */
export function setChecklistItem(
  userId: string,
  caseId: string,
  key: string,
  done: boolean,
  today: IsoDate,
): boolean {
  return getDb().transaction((tx) => {
    const row = ownedCase(tx, userId, caseId);
    if (!row || !checklistFor(row).some((item) => item.key === key)) return false;
    const where = and(eq(caseChecklist.caseId, caseId), eq(caseChecklist.itemKey, key));
    const existing = tx.select().from(caseChecklist).where(where).get();
    if (done === !!existing) return true;
    if (done) tx.insert(caseChecklist).values({ caseId, itemKey: key, doneOn: today }).run();
    else tx.delete(caseChecklist).where(where).run();
    logEvent(tx, caseId, "checklist", key, existing?.doneOn ?? null, done ? today : null);
    tx.update(cases)
      .set({ updatedAt: nowIso(), version: sql`${cases.version} + 1` })
      .where(eq(cases.id, caseId))
      .run();
    syncReminders(tx, caseId);
    return true;
  });
}

/** "Remind me later": no reminder for this case before `until` (null resumes); logged. */
export function snoozeCase(userId: string, caseId: string, until: IsoDate | null): boolean {
  return getDb().transaction((tx) => {
    const before = ownedCase(tx, userId, caseId);
    if (!before) return false;
    applyChanges(tx, before, { snoozedUntil: until });
    return true;
  });
}

/** The case page's reminder overrides: a date of the user's choosing and kinds turned off. */
export function setReminderOverrides(
  userId: string,
  caseId: string,
  input: { remindOn: IsoDate | null; muted: string[] },
): boolean {
  return getDb().transaction((tx) => {
    const before = ownedCase(tx, userId, caseId);
    if (!before) return false;
    applyChanges(tx, before, {
      remindOn: input.remindOn,
      mutedReminderKinds: [...input.muted].sort(),
    });
    return true;
  });
}

/**
 * The final bill has come: either it is right, or it charges for time after the end date (then
 * the case shows the complaint path). Either way the final-bill reminder stops.
 */
export function recordFinalBill(
  userId: string,
  caseId: string,
  outcome: "correct" | "disputed",
): boolean {
  return getDb().transaction((tx) => {
    const before = ownedCase(tx, userId, caseId);
    if (!before) return false;
    applyChanges(tx, before, { finalBillChecked: true, finalBillDisputed: outcome === "disputed" });
    return true;
  });
}

/**
 * The dashboard's bulk "final bill checked" (as correct): on each ticked case of the user's whose
 * final bill is pending today (lib/tracker/case-model.ts, `finalBillPending`), in one
 * transaction; the others (not the user's, not ended yet, already checked, at the timeline's
 * limit) are left as they are.
 */
export function markFinalBillsChecked(
  userId: string,
  caseIds: readonly string[],
  today: IsoDate,
): { marked: number; skipped: number } {
  return getDb().transaction((tx) => {
    let marked = 0;
    for (const caseId of new Set(caseIds)) {
      const before = ownedCase(tx, userId, caseId);
      if (!before || !finalBillPending(before, today)) continue;
      try {
        applyChanges(tx, before, { finalBillChecked: true, finalBillDisputed: false });
        marked += 1;
      } catch (error) {
        // A case at its timeline's limit refuses before writing anything: skip it, mark the rest.
        if (!(error instanceof LimitReachedError)) throw error;
      }
    }
    return { marked, skipped: new Set(caseIds).size - marked };
  });
}

/** The editable fields of a validated form, as stored (unset is null), and the notice rule with them. */
function pickEditable(input: CaseFormInput) {
  const fields = Object.fromEntries(editableFields.map((f) => [f, input[f] ?? null])) as {
    // An optional field the form left empty is stored as null.
    [F in EditableField]: undefined extends CaseFormInput[F]
      ? Exclude<CaseFormInput[F], undefined> | null
      : CaseFormInput[F];
  };
  return { ...fields, noticeRule: input.noticeRule };
}

/** A case as the edit form shows it: every editable field as the string the input holds. */
export function formValuesOf(c: Pick<CaseRow, EditableField>): Record<EditableField, string> {
  // A yes/no field is a checkbox ("on" or nothing); any other is the text or date, "" when unset.
  const shown = (value: string | boolean | null) =>
    typeof value === "boolean" ? (value ? "on" : "") : (value ?? "");
  return Object.fromEntries(editableFields.map((f) => [f, shown(c[f])])) as Record<
    EditableField,
    string
  >;
}
