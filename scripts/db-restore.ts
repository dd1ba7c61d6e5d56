// `npm run db:restore FILE` (dist/db-restore.mjs): replaces DATABASE_PATH with a backup, and the
// evidence folder with the backup's `.evidence/` beside it. Stop the
// server first; start it again afterwards (it applies any newer migrations at start).
import { env } from "@/core/env";
import { restoreDatabase } from "@/lib/backup";
import { evidenceDir } from "@/lib/evidence/store";
import { logEvent, logProblem } from "@/lib/log";

const file = process.argv[2];
try {
  if (!file) throw new Error("usage: npm run db:restore FILE");
  restoreDatabase(file, env.DATABASE_PATH, evidenceDir());
  logEvent("restore", { from: file, database: env.DATABASE_PATH });
} catch (error) {
  logProblem("restore-failed", { error: (error as Error).message });
  process.exitCode = 1;
}
