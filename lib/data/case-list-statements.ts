import { is, Placeholder, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { preparedByKey, preparedOnce } from "@/db/prepared-statements";
import type { CaseSort, CaseView } from "@/lib/tracker/case-list";
import type { IsoDate } from "@/lib/tracker/dates";
import type { Status } from "@/lib/tracker/status";
import {
  casePageIdsOfUser,
  casesByIdOfUser,
  operatorsOfUser,
  viewCountsOfUser,
  type CaseFilter,
  type PageOptions,
} from "./case-queries";

// The dashboard's reads as prepared statements (db/prepared-statements.ts). The builders of
// lib/data/case-queries.ts are given placeholders for every value, so the SQL depends only on
// the view, the sort, whether a status and an operator are chosen and how many search words
// there are (5 × 4 × 2 × 2 × 9 shapes at most, since lib/validation/case-list.ts accepts only
// known views, sorts and statuses and searchTerms keeps at most 8 words); each statement's key
// is the builder's input itself, so no shape can be told apart wrongly. At most 100 of each kind
// are kept. Without `server-only`, like case-queries.ts: the bench times these reads in plain
// Node.

/** A filter as the dashboard reads it: values only (the statements hold the placeholders). */
export type CaseFilterValues = {
  today: IsoDate;
  view?: CaseView;
  status?: Status;
  operator?: string;
  terms?: readonly string[];
};

const keptPerKind = 100;
const countStatement =
  preparedByKey<ReturnType<ReturnType<typeof viewCountsOfUser>["prepare"]>>(keptPerKind);
const pageIdsStatement =
  preparedByKey<ReturnType<ReturnType<typeof casePageIdsOfUser>["prepare"]>>(keptPerKind);
const rowsStatement =
  preparedByKey<ReturnType<ReturnType<typeof casesByIdOfUser>["prepare"]>>(keptPerKind);
const userId = sql.placeholder("userId");
const operatorStatement = preparedOnce((db) => operatorsOfUser(db, userId).prepare());

/** A builder's input as the key of its statement: placeholders by name, everything else as is. */
const keyOf = (input: unknown) =>
  JSON.stringify(input, (_, value: unknown) => (is(value, Placeholder) ? `:${value.name}` : value));

/** The filter with a placeholder for each value it holds (view aside), and the values to bind. */
function bind(owner: string, filter: CaseFilterValues) {
  const values: Record<string, unknown> = { userId: owner, today: filter.today };
  const placeholder = (name: string, value: unknown) => {
    values[name] = value;
    return sql.placeholder(name);
  };
  const bound: Omit<CaseFilter, "view"> = {
    today: sql.placeholder("today"),
    status: filter.status && placeholder("status", filter.status),
    operator: filter.operator && placeholder("operator", filter.operator),
    terms: (filter.terms ?? []).map((term, i) => placeholder(`term${i}`, term)),
  };
  return { bound, values };
}

/** How many of the filtered cases each view holds (one row; the filter's own view aside). */
export function readViewCounts(db: AppDatabase, owner: string, filter: CaseFilterValues) {
  const { bound, values } = bind(owner, filter);
  const statement = countStatement(db, keyOf(bound), () =>
    viewCountsOfUser(db, userId, bound).prepare(),
  );
  return statement.get(values)!;
}

/** The operators of a user's cases with how many each has. */
export function readOperatorCounts(db: AppDatabase, owner: string) {
  return operatorStatement(db).all({ userId: owner });
}

/**
 * One page of a user's cases, filtered and sorted: the ids sorted by SQLite, then their rows by
 * primary key (the owner checked again), in the ids' order.
 */
export function readCasePage(
  db: AppDatabase,
  owner: string,
  options: CaseFilterValues & { sort?: CaseSort; limit: number; offset: number },
) {
  const { bound, values } = bind(owner, options);
  const input: PageOptions = {
    ...bound,
    view: options.view,
    sort: options.sort,
    limit: sql.placeholder("limit"),
    offset: sql.placeholder("offset"),
  };
  const ids = pageIdsStatement(db, keyOf(input), () =>
    casePageIdsOfUser(db, userId, input).prepare(),
  )
    .all({ ...values, limit: options.limit, offset: options.offset })
    .map((row) => row.id);
  if (ids.length === 0) return [];
  const rows = rowsStatement(db, String(ids.length), () =>
    casesByIdOfUser(
      db,
      userId,
      ids.map((_, i) => sql.placeholder(`id${i}`)),
    ).prepare(),
  ).all({ userId: owner, ...Object.fromEntries(ids.map((id, i) => [`id${i}`, id])) });
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}
