// `npm run reminders`: one reminder sweep, for an external cron (or to send now). Safe to run
// while the server's own scheduler is running: claims keep every reminder to one message.
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { sweepReminders } from "@/jobs/send-due-reminders";
import { sendMail } from "@/lib/mail/send-mail";

const db = getDb();
migrateDatabase(db);
const counts = await sweepReminders({ db, send: sendMail });
console.log(`Reminder sweep: ${JSON.stringify(counts)}`);
