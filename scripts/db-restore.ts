// `npm run db:restore FILE` (dist/db-restore.mjs): replaces DATABASE_PATH with a backup. Stop the
// server first; start it again afterwards (it applies any newer migrations at start).
import { env } from "@/core/env";
import { restoreDatabase } from "@/lib/backup";
import { logEvent, logProblem } from "@/lib/log";

const file = process.argv[2];
try {
  if (!file) throw new Error("usage: npm run db:restore FILE");
  restoreDatabase(file, env.DATABASE_PATH);
  logEvent("restore", { from: file, database: env.DATABASE_PATH });
} catch (error) {
  logProblem("restore-failed", { error: (error as Error).message });
  process.exitCode = 1;
}
