import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  notInArray,
  sql,
  type Placeholder,
  type SQL,
} from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { cases } from "@/db/schema";
import type { CaseSort, CaseView } from "@/lib/tracker/case-list";
import { closedStatuses } from "@/lib/tracker/case-model";
import type { IsoDate } from "@/lib/tracker/dates";
import type { Status } from "@/lib/tracker/status";

// Query builders shared by the data layer and the benchmark (which prints their query plans),
// without `server-only` so plain Node can import them. Each value may be given as itself or as
// a placeholder (`sql.placeholder`), so lib/data/case-list-statements.ts can prepare a query
// once per shape of filter and bind the values on each call.

/** A value, or a placeholder for it bound when a prepared query runs. */
export type Bound<T> = T | Placeholder;

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
function attentionOrder(today: Bound<IsoDate>) {
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

/** What narrows a user's list: a view, a status, an operator, search words (all optional). */
export type CaseFilter = {
  today: Bound<IsoDate>;
  view?: CaseView;
  status?: Bound<Status>;
  operator?: Bound<string>;
  /** Words from lib/tracker/case-search.ts `searchTerms`: each must be in the search column. */
  terms?: readonly Bound<string>[];
};

/** One view as SQL over the stored model columns; the same rules as `modelOn` (tested against it). */
function viewCondition(view: CaseView, today: Bound<IsoDate>): SQL | undefined {
  switch (view) {
    case "action":
      // The next step is the user's from the due date on, else whom the case rests with.
      return sql`(${cases.dueOn} <= ${today} or ${cases.waitingOn} = 'user')`;
    case "overdue":
      return sql`${cases.dueOn} < ${today}`;
    case "open":
      return notInArray(cases.status, [...closedStatuses]);
    case "closed":
      return inArray(cases.status, [...closedStatuses]);
    case "all":
      return undefined;
  }
}

/** Everything but the view: the user, status, operator and search words. */
function baseConditions(userId: Bound<string>, filter: CaseFilter): SQL {
  return and(
    eq(cases.userId, userId),
    filter.status ? eq(cases.status, filter.status) : undefined,
    filter.operator ? eq(cases.provider, filter.operator) : undefined,
    // instr, not LIKE: a % or _ the user typed is just a character.
    ...(filter.terms ?? []).map((term) => sql`instr(${cases.searchText}, ${term}) > 0`),
  )!;
}

function listConditions(userId: Bound<string>, filter: CaseFilter): SQL {
  return and(baseConditions(userId, filter), viewCondition(filter.view ?? "all", filter.today))!;
}

/** The date a case shows next: the day the service ends while it is ahead, else its due date. */
function nextDate(today: Bound<IsoDate>) {
  return sql`coalesce(case when ${cases.status} = 'confirmed' and ${cases.endsOn} >= ${today} then ${cases.endsOn} end, ${cases.dueOn})`;
}

function sortOrder(sort: CaseSort, today: Bound<IsoDate>) {
  switch (sort) {
    case "urgency":
      return attentionOrder(today);
    case "next":
      return [asc(sql`coalesce(${nextDate(today)}, '9999')`), ...attentionOrder(today)];
    case "operator":
      return [
        asc(sql`lower(coalesce(${cases.providerName}, ${cases.provider}))`),
        ...attentionOrder(today),
      ];
    case "changed":
      return [desc(cases.updatedAt), asc(cases.id)];
  }
}

export type PageOptions = CaseFilter & {
  sort?: CaseSort;
  limit: Bound<number>;
  offset: Bound<number>;
};

/**
 * The ids of one page of a user's cases, filtered and sorted. Only the ids and sort keys go
 * through SQLite's sorter: sorting whole rows of a thousand cases took three times as long
 * (bench/run.ts prints the plan). Search words are matched in the rows of the user's index range.
 */
export function casePageIdsOfUser(db: AppDatabase, userId: Bound<string>, options: PageOptions) {
  return db
    .select({ id: cases.id })
    .from(cases)
    .where(listConditions(userId, options))
    .orderBy(...sortOrder(options.sort ?? "urgency", options.today))
    .limit(options.limit)
    .offset(options.offset);
}

/** How many of the filtered cases each view holds (one pass over the user's rows). */
export function viewCountsOfUser(db: AppDatabase, userId: Bound<string>, filter: CaseFilter) {
  const counted = (view: CaseView) =>
    sql<number>`coalesce(sum(case when ${viewCondition(view, filter.today) ?? sql`1`} then 1 else 0 end), 0)`;
  return db
    .select({
      all: count(),
      action: counted("action"),
      overdue: counted("overdue"),
      open: counted("open"),
      closed: counted("closed"),
    })
    .from(cases)
    .where(baseConditions(userId, filter));
}

/** The operators of a user's cases with how many each has, for the operator filter. */
export function operatorsOfUser(db: AppDatabase, userId: Bound<string>) {
  return db
    .select({ provider: cases.provider, n: count() })
    .from(cases)
    .where(eq(cases.userId, userId))
    .groupBy(cases.provider);
}

/**
 * The rows of the given cases that the user owns, looked up by primary key (a page's rows, once
 * its ids are sorted). The owner is checked again on the rows, written `+user_id` so SQLite
 * cannot pick the index case_user for it (without statistics it would, and read all of the
 * user's rows to keep 25).
 */
export function casesByIdOfUser(
  db: AppDatabase,
  userId: Bound<string>,
  ids: readonly Bound<string>[],
) {
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
