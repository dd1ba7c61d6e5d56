// `npm run reminders` (dist/reminders.mjs after `npm run build`): one reminder sweep, for an
// external cron or to send now. Safe to run while the server's own scheduler is running: claims
// keep every reminder to one message. Prints one line: `si-opp sweep claimed=… sent=… …`.
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { sweepReminders } from "@/jobs/send-due-reminders";
import { logEvent } from "@/lib/log";
import { sendMail } from "@/lib/mail/send-mail";

const db = getDb();
migrateDatabase(db);
const counts = await sweepReminders({ db, send: sendMail });
logEvent("sweep", counts);
