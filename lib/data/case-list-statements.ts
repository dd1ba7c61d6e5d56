import { sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { preparedOnce } from "@/db/prepared-once";
import type { CaseSort, CaseView } from "@/lib/tracker/case-list";
import type { IsoDate } from "@/lib/tracker/dates";
import type { Status } from "@/lib/tracker/status";
import {
  casePageIdsOfUser,
  casesByIdOfUser,
  operatorsOfUser,
  viewCountsOfUser,
  type CaseFilter,
} from "./case-queries";

// The dashboard's reads, as statements prepared once per connection (db/prepared-once.ts) and
// per shape of filter. The SQL of lib/data/case-queries.ts depends on the view, the sort,
// whether a status and an operator are chosen and how many search words there are, never on
// their values, which are bound on each call: so at most 5 views × 4 sorts × 2 × 2 × 9 (up to
// maxSearchTerms words) page statements exist, and far fewer in practice. Without
// `server-only`, like case-queries.ts: the bench times these reads in plain Node.

/** A filter as the dashboard reads it: values only (the statements hold the placeholders). */
export type CaseFilterValues = {
  today: IsoDate;
  view?: CaseView;
  status?: Status;
  operator?: string;
  terms?: readonly string[];
};

/** The filter with a placeholder for each value it holds, the values to bind, and its shape. */
function bind(owner: string, filter: CaseFilterValues) {
  const values: Record<string, unknown> = { userId: owner, today: filter.today };
  const placeholder = (name: string, value: unknown) => {
    values[name] = value;
    return sql.placeholder(name);
  };
  const terms = (filter.terms ?? []).map((term, i) => placeholder(`term${i}`, term));
  const bound: CaseFilter = {
    today: sql.placeholder("today"),
    view: filter.view,
    status: filter.status && placeholder("status", filter.status),
    operator: filter.operator && placeholder("operator", filter.operator),
    terms,
  };
  const shape = `${filter.status ? "s" : "-"}${filter.operator ? "o" : "-"}${terms.length}`;
  return { bound, values, shape };
}

/** A statement per connection and key, made by `build` the first time the key is asked for. */
function perKey<Statement>() {
  const statementsOf = preparedOnce(() => new Map<string, Statement>());
  return (db: AppDatabase, key: string, build: () => Statement): Statement => {
    const statements = statementsOf(db);
    let statement = statements.get(key);
    if (statement === undefined) {
      statement = build();
      statements.set(key, statement);
    }
    return statement;
  };
}

const userId = sql.placeholder("userId");
const countStatement = perKey<ReturnType<ReturnType<typeof viewCountsOfUser>["prepare"]>>();
const pageIdsStatement = perKey<ReturnType<ReturnType<typeof casePageIdsOfUser>["prepare"]>>();
const rowsStatement = perKey<ReturnType<ReturnType<typeof casesByIdOfUser>["prepare"]>>();
const operatorStatement = preparedOnce((db) => operatorsOfUser(db, userId).prepare());

/** How many of the filtered cases each view holds (the view itself is ignored). */
export function readViewCounts(db: AppDatabase, owner: string, filter: CaseFilterValues) {
  const { bound, values, shape } = bind(owner, filter);
  return countStatement(db, shape, () => viewCountsOfUser(db, userId, bound).prepare()).get(
    values,
  )!;
}

/** The operators of a user's cases with how many each has. */
export function readOperatorCounts(db: AppDatabase, owner: string) {
  return operatorStatement(db).all({ userId: owner });
}

/**
 * One page of a user's cases, filtered and sorted: the ids sorted by SQLite, then their rows by
 * primary key, in the ids' order.
 */
export function readCasePage(
  db: AppDatabase,
  owner: string,
  options: CaseFilterValues & { sort?: CaseSort; limit: number; offset: number },
) {
  const { bound, values, shape } = bind(owner, options);
  const sort = options.sort ?? "urgency";
  const ids = pageIdsStatement(db, `${options.view ?? "all"}|${sort}|${shape}`, () =>
    casePageIdsOfUser(db, userId, {
      ...bound,
      sort,
      limit: sql.placeholder("limit"),
      offset: sql.placeholder("offset"),
    }).prepare(),
  )
    .all({ ...values, limit: options.limit, offset: options.offset })
    .map((row) => row.id);
  if (ids.length === 0) return [];
  const idValues = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
  const rows = rowsStatement(db, String(ids.length), () =>
    casesByIdOfUser(
      db,
      userId,
      ids.map((_, i) => sql.placeholder(`id${i}`)),
    ).prepare(),
  ).all({ userId: owner, ...idValues });
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}
