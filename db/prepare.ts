import { getDb, type AppDatabase } from "./client";
import { migrateDatabase } from "./migrate";

export type PreparedDatabase = {
  db: AppDatabase;
  migrationsApplied: number;
  migrationsTotal: number;
};

const isBusy = (error: unknown) =>
  /SQLITE_BUSY|database is locked/i.test(
    String((error as { code?: string }).code ?? "") + String(error),
  );

/**
 * Opens the database for a server start: checks it is an intact SQLite file and applies pending
 * migrations. Another process holding the write lock (a backup, a migration elsewhere) is waited
 * for a few times; anything else, or a lock that outlasts the retries, is thrown with a message
 * that names the file, so the start fails with one clear line.
 */
export async function prepareDatabase(
  file: string,
  options: { attempts?: number; pauseMs?: number } = {},
): Promise<PreparedDatabase> {
  const { attempts = 3, pauseMs = 1000 } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return openAndMigrate();
    } catch (error) {
      if (isBusy(error) && attempt < attempts) {
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
        continue;
      }
      const reason = String((error as Error).message ?? error);
      throw new Error(
        `database ${file}: ${isBusy(error) ? `still locked by another process after ${attempts} attempts` : reason}`,
        { cause: error },
      );
    }
  }
}

function openAndMigrate(): PreparedDatabase {
  const db = getDb();
  const problems = db.$client.pragma("quick_check", { simple: false }) as { quick_check: string }[];
  if (problems.length !== 1 || problems[0]!.quick_check !== "ok") {
    throw new Error(
      `failed its integrity check (${problems
        .slice(0, 3)
        .map((p) => p.quick_check)
        .join("; ")}); restore a backup`,
    );
  }
  const applied = () => countMigrations(db);
  const before = applied();
  migrateDatabase(db);
  const after = applied();
  return { db, migrationsApplied: after - before, migrationsTotal: after };
}

function countMigrations(db: AppDatabase): number {
  const table = db.$client
    .prepare(
      "select name from sqlite_master where type = 'table' and name = '__drizzle_migrations'",
    )
    .get();
  return table
    ? (db.$client.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number })
        .n
    : 0;
}
