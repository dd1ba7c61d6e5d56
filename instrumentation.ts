// Runs once when the server starts (next dev and next start), before it serves a request:
// checks production settings, applies migrations, starts the reminder scheduler.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, authSecret } = await import("@/lib/env");
  const { missingSmtpMessage } = await import("@/lib/mail/send-mail");
  if (env.NODE_ENV === "production") {
    // Refuse to start rather than fail at the first sign-in.
    if (!env.SMTP_URL) throw new Error(missingSmtpMessage);
    authSecret();
  }
  const { getDb } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  migrateDatabase(getDb());

  if (env.REMINDER_SCHEDULER === "on") {
    const { startScheduler } = await import("@/jobs/scheduler");
    const { sweepReminders } = await import("@/jobs/send-due-reminders");
    const { sendMail } = await import("@/lib/mail/send-mail");
    startScheduler(() => sweepReminders({ db: getDb(), send: sendMail }));
  }
}
