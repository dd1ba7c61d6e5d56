// `npm run db:backup [dir]` (dist/db-backup.mjs): an online backup of DATABASE_PATH while the
// server runs, into `dir` (default: backups/), integrity-checked, with the evidence files it names
// in `<file>.evidence/` beside it. Prints the file's path.
import { env } from "@/core/env";
import { backupDatabase } from "@/lib/backup";
import { evidenceDir } from "@/lib/evidence/store";
import { logEvent, logProblem } from "@/lib/log";

const dir = process.argv[2] ?? "backups";
try {
  const file = await backupDatabase(env.DATABASE_PATH, dir, new Date(), evidenceDir());
  logEvent("backup", { file });
} catch (error) {
  logProblem("backup-failed", { error: (error as Error).message });
  process.exitCode = 1;
}
