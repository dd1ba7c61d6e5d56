import type { AppDatabase } from "./client";

// Statements that drizzle builds and SQLite compiles once instead of on every call: made with
// `sql.placeholder(...)` where the values go, ending in `.prepare()`, and run with the values.
// For the queries every signed-in page makes (its session, its user, the dashboard's lists): in
// a CPU profile of the signed-in frame, building and compiling their SQL again on each request
// took about 9 % of the server's time (docs/performance.md, "Prepared statements").
//
// A statement belongs to the connection it was compiled on, so they are kept per database object
// (each holds one connection, db/client.ts): a test file's own database and the server's get
// their own. SQLite recompiles a statement by itself when a migration changes the schema under
// it. A transaction runs on its database's connection, so a statement prepared on the database
// reads inside the transaction too.

/** One statement per database, made by `build` the first time that database asks for it. */
export function preparedOnce<Statement>(
  build: (db: AppDatabase) => Statement,
): (db: AppDatabase) => Statement {
  const byDatabase = new WeakMap<AppDatabase, Statement>();
  return (db) => {
    let statement = byDatabase.get(db);
    if (statement === undefined) {
      statement = build(db);
      byDatabase.set(db, statement);
    }
    return statement;
  };
}

/**
 * Statements per database and key, for a query whose SQL has several shapes (the key names the
 * shape): each made by `build` the first time its key is asked for, and at most `limit` kept per
 * database, the least recently used dropped first (it is compiled again if asked for again).
 */
export function preparedByKey<Statement>(
  limit: number,
): (db: AppDatabase, key: string, build: () => Statement) => Statement {
  const byDatabase = new WeakMap<AppDatabase, Map<string, Statement>>();
  return (db, key, build) => {
    let statements = byDatabase.get(db);
    if (!statements) byDatabase.set(db, (statements = new Map()));
    let statement = statements.get(key);
    if (statement === undefined) {
      statement = build();
      if (statements.size >= limit) statements.delete(statements.keys().next().value!);
    } else {
      statements.delete(key); // to the end: Map keeps insertion order, so the first is the oldest
    }
    statements.set(key, statement);
    return statement;
  };
}
