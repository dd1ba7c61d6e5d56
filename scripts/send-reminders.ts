// `npm run reminders` (dist/reminders.mjs after `npm run build`): one reminder sweep, for an
// external cron or to send now. Safe to run while the server's own scheduler is running: claims
// keep every reminder to one message. Prints one line: `si-opp sweep claimed=… sent=… …`, or
// `si-opp sweep-failed error="…"` on stderr with exit code 1 (nothing is lost: run it again).
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { errorSummary, sweepReminders } from "@/jobs/send-due-reminders";
import { logEvent, logProblem } from "@/lib/log";
import { closeMail, sendMail } from "@/lib/mail/send-mail";

try {
  const db = getDb();
  migrateDatabase(db);
  logEvent("sweep", await sweepReminders({ db, send: sendMail }));
} catch (error) {
  logProblem("sweep-failed", { error: errorSummary(error) });
  process.exitCode = 1;
} finally {
  closeMail();
}
