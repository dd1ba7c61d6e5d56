import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { AppDatabase } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies the committed drizzle-kit migrations that this database has not seen yet. */
export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder });
}
