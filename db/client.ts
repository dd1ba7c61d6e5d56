import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "@/core/env";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** What `db.transaction(fn)` hands `fn` (also a savepoint's `tx.transaction(fn)`). */
export type AppTransaction = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];

/**
 * A transaction that takes SQLite's write lock at once (across processes too), for a read that
 * decides a write (a limit, a claim): a deferred one could read, lose the lock to another
 * writer, and write on a stale read.
 */
export const immediate = { behavior: "immediate" } as const;

/**
 * Opens the SQLite file with the settings every process (web server, reminder job, tests) needs:
 * WAL so readers do not block the writer, foreign keys on (cascading deletes), and a busy timeout
 * so two processes writing at once wait instead of failing.
 */
export function openDatabase(file: string): AppDatabase {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  try {
    // The timeout first: switching to WAL needs the lock another process may hold.
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return drizzle(sqlite, { schema });
}

// One connection per process; kept on globalThis so `next dev` reloads do not leak handles.
const globalForDb = globalThis as unknown as { siOppDb?: AppDatabase };

export function getDb(): AppDatabase {
  globalForDb.siOppDb ??= openDatabase(env.DATABASE_PATH);
  return globalForDb.siOppDb;
}
