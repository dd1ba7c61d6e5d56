import type { AppDatabase } from "./client";

/**
 * A query that drizzle builds and SQLite compiles once per connection instead of on every call:
 * `build` makes it with `sql.placeholder(...)` where the values go and ends in `.prepare()`.
 *
 * For the fixed queries every signed-in page runs (the session, the user's row): in a CPU profile
 * of the signed-in frame, building and compiling their SQL again per request took about 9 % of
 * the server's time (docs/performance.md, "Prepared statements"). A statement belongs to its
 * connection, so each database (a test file's own, the server's one) gets its own; SQLite
 * recompiles a statement by itself when a migration changes the schema under it. Use it with the
 * database itself, not a transaction's handle: a transaction runs on the same connection, so a
 * statement prepared on the database reads inside it too.
 */
export function preparedOnce<Statement>(
  build: (db: AppDatabase) => Statement,
): (db: AppDatabase) => Statement {
  const byConnection = new WeakMap<AppDatabase, Statement>();
  return (db) => {
    let statement = byConnection.get(db);
    if (statement === undefined) {
      statement = build(db);
      byConnection.set(db, statement);
    }
    return statement;
  };
}
