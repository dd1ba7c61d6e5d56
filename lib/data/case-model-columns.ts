import { and, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { AppDatabase, AppTransaction } from "@/db/client";
import { caseLetters, cases, users } from "@/db/schema";
import {
  deadlineKinds,
  letterEvents,
  modelBasis,
  type CaseLetterEvents,
  type ModelBasis,
  type WaitingOn,
} from "@/lib/tracker/case-model";
import { caseSearchText } from "@/lib/tracker/case-search";

// The case model's stored columns (db/schema.ts: due_kind, due_on, waiting_on, model_version)
// and the search column written with them, without `server-only` so start-up and the benchmark
// can use it from plain Node.

/**
 * Bump when lib/tracker/case-model.ts changes what `modelBasis` gives, or
 * lib/tracker/case-search.ts what `caseSearchText` gives: rows are rewritten at start.
 */
export const caseModelVersion = 4;

type DbOrTx = AppDatabase | AppTransaction;
type CaseRow = typeof cases.$inferSelect;
/** A case row as the model reads it: with its account's leaving date. */
export type CaseModelRow = CaseRow & { accountLeavingOn: string | null };

/**
 * Writes a case's basis and search column; called with every change of the case or its letters, in that
 * transaction. With `touchedAt` (a change from outside the case, such as the account's leaving
 * date), a moved due deadline also bumps the case's version and last change, in the same write:
 * calendar apps then take the new date (SEQUENCE, LAST-MODIFIED) and an open edit form sees it.
 */
export function writeCaseModelColumns(
  db: DbOrTx,
  row: CaseModelRow,
  events: CaseLetterEvents,
  touchedAt?: string,
): void {
  const basis = modelBasis(row, events);
  const columns = {
    dueKind: basis.due?.kind ?? null,
    dueOn: basis.due?.on ?? null,
    waitingOn: basis.restingWaitingOn,
    modelVersion: caseModelVersion,
    searchText: caseSearchText(row),
  };
  const unchanged =
    row.dueKind === columns.dueKind &&
    row.dueOn === columns.dueOn &&
    row.waitingOn === columns.waitingOn &&
    row.modelVersion === columns.modelVersion &&
    row.searchText === columns.searchText;
  if (unchanged) return;
  const moved = row.dueKind !== columns.dueKind || row.dueOn !== columns.dueOn;
  const touch =
    moved && touchedAt ? { version: sql`${cases.version} + 1`, updatedAt: touchedAt } : {};
  db.update(cases)
    .set({ ...columns, ...touch })
    .where(eq(cases.id, row.id))
    .run();
}

/** The basis as stored with a case row (for pages that show many cases without their letters). */
export function storedBasis(row: Pick<CaseRow, "dueKind" | "dueOn" | "waitingOn">): ModelBasis {
  const kind = deadlineKinds.find((k) => k === row.dueKind);
  return {
    due: kind && row.dueOn ? { kind, on: row.dueOn } : null,
    restingWaitingOn:
      (["user", "operator", "nobody"] as const).find((w): w is WaitingOn => w === row.waitingOn) ??
      "user",
  };
}

/**
 * Fills in the notice rule of cases saved before it was stored with them (migration 0008), from
 * the operator data, and marks them for `refreshCaseModelColumns`: run at start-up before it.
 * Cases of an operator without a rule keep none (the model then counts with the longest rule).
 * Returns how many cases it filled in.
 */
export function fillMissingNoticeRules(
  db: AppDatabase,
  rules: Readonly<Record<string, string>>,
): number {
  let filled = 0;
  for (const [provider, rule] of Object.entries(rules))
    filled += db
      .update(cases)
      .set({ noticeRule: rule, modelVersion: 0 })
      .where(and(eq(cases.provider, provider), isNull(cases.noticeRule)))
      .run().changes;
  return filled;
}

/**
 * Rewrites the columns of every case written by older rules (or before the columns existed), in
 * batches; run at start-up after the migrations. Returns how many cases it rewrote.
 */
export function refreshCaseModelColumns(db: AppDatabase, batch = 500): number {
  let done = 0;
  for (;;) {
    const rows = db
      .select({ c: cases, leavingOn: users.leavingOn })
      .from(cases)
      .innerJoin(users, eq(users.id, cases.userId))
      .where(ne(cases.modelVersion, caseModelVersion))
      .limit(batch)
      .all()
      .map(({ c, leavingOn }) => ({ ...c, accountLeavingOn: leavingOn }));
    if (rows.length === 0) return done;
    db.transaction((tx) => {
      const letters = tx
        .select({ caseId: caseLetters.caseId, kind: caseLetters.kind, sentOn: caseLetters.sentOn })
        .from(caseLetters)
        .where(
          and(
            inArray(
              caseLetters.caseId,
              rows.map((r) => r.id),
            ),
            isNotNull(caseLetters.sentOn),
          ),
        )
        .all();
      for (const row of rows)
        writeCaseModelColumns(tx, row, letterEvents(letters.filter((l) => l.caseId === row.id)));
    });
    done += rows.length;
  }
}
