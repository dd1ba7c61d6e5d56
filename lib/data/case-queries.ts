import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { cases } from "@/db/schema";
import type { IsoDate } from "@/lib/tracker/dates";
import type { Status } from "@/lib/tracker/status";

// Query builders shared by the data layer and the benchmark (which prints their query plans),
// without `server-only` so plain Node can import them.

/** Every case of one user, newest first (index case_user). */
export function casesOfUser(db: AppDatabase, userId: string) {
  return db.select().from(cases).where(eq(cases.userId, userId)).orderBy(desc(cases.createdAt));
}

/**
 * The dashboard's order, from the case model's stored columns (lib/data/case-model-columns.ts), so
 * a page of 25 is read without loading every case and no rule is restated here: overdue first
 * (its due date is past), then waiting on the user, on the operator, on nobody; sooner due dates
 * first; newest first; the id last so pages never overlap. lib/data/case-queries.test.ts checks
 * it against the model itself on random cases.
 */
function attentionOrder(today: IsoDate) {
  const overdue = sql`(coalesce(${cases.dueOn} < ${today}, 0))`;
  // From the due date on, the next step is the user's (the case model's waitingOn for today).
  const waitRank = sql`(case when ${cases.dueOn} <= ${today} then 0 else (case ${cases.waitingOn} when 'user' then 0 when 'operator' then 1 else 2 end) end)`;
  return [
    desc(overdue),
    asc(waitRank),
    asc(sql`coalesce(${cases.dueOn}, '9999')`),
    desc(cases.createdAt),
    asc(cases.id),
  ];
}

/**
 * The ids of one page of a user's cases (optionally of one status) in attention order. Only the
 * ids and sort keys go through SQLite's sorter: sorting whole rows of a thousand cases took
 * three times as long (bench/run.ts prints the plan).
 */
export function casePageIdsOfUser(
  db: AppDatabase,
  userId: string,
  options: { today: IsoDate; status?: Status; limit: number; offset: number },
) {
  return db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(eq(cases.userId, userId), options.status ? eq(cases.status, options.status) : undefined),
    )
    .orderBy(...attentionOrder(options.today))
    .limit(options.limit)
    .offset(options.offset);
}

/**
 * One page of a user's cases in attention order: the ids sorted, then their rows by primary key.
 * The owner is checked again on the rows, written `+user_id` so SQLite cannot pick the index
 * case_user for it (without statistics it would, and read all of the user's rows to keep 25).
 */
export function casePageOfUser(
  db: AppDatabase,
  userId: string,
  options: { today: IsoDate; status?: Status; limit: number; offset: number },
) {
  const ids = casePageIdsOfUser(db, userId, options)
    .all()
    .map((row) => row.id);
  if (ids.length === 0) return [];
  const rows = casesByIdOfUser(db, userId, ids).all();
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/** The rows of the given cases that the user owns, looked up by primary key. */
export function casesByIdOfUser(db: AppDatabase, userId: string, ids: string[]) {
  return db
    .select()
    .from(cases)
    .where(and(inArray(cases.id, ids), sql`+${cases.userId} = ${userId}`));
}

/** How many cases a user has in each status (answered from the index case_user alone). */
export function statusCountsOfUser(db: AppDatabase, userId: string) {
  return db
    .select({ status: cases.status, n: count() })
    .from(cases)
    .where(eq(cases.userId, userId))
    .groupBy(cases.status);
}
