// Runs once when the server starts (`npm start` and `npm run dev`), before it serves a request:
// checks production settings, opens and migrates the database, starts the reminder scheduler.
// Anything wrong ends the process with one line and exit code 1. (Next only logs an error thrown
// here and then serves 500 on every route, forever; a supervisor would never restart it.)
export async function registerNode() {
  const { productionServer } = await import("@/lib/production-server");
  try {
    await startUp();
    const { mayUpload } = await import("@/lib/data/upload-gate");
    productionServer()?.startedUp({ mayUpload });
  } catch (error) {
    const { startupFailed } = await import("@/server/startup-failed");
    startupFailed(error);
  }
}

/** The start-up itself; throws what is wrong (tests call it directly). */
export async function startUp() {
  const { env, authSecret, builtForSiteUrl } = await import("@/core/env");
  const { siteUrl } = await import("@/lib/site-url");
  const { missingSmtpMessage } = await import("@/lib/mail/send-mail");
  const { logEvent } = await import("@/lib/log");
  if (env.NODE_ENV === "production") {
    const { productionServer } = await import("@/lib/production-server");
    if (!productionServer()) {
      throw new Error(
        "start the production server with `npm start` (dist/server.mjs), not `next start`: only it sets the security headers and trusts forwarded headers safely",
      );
    }
    if (!env.SMTP_URL) throw new Error(missingSmtpMessage);
    authSecret();
    if (builtForSiteUrl && builtForSiteUrl !== siteUrl.origin) {
      throw new Error(
        `this build was made for SITE_URL=${builtForSiteUrl} (in its prerendered pages), but SITE_URL is ${siteUrl.origin}: run npm run build again`,
      );
    }
  }
  const { prepareDatabase } = await import("@/db/prepare");
  const { db, migrationsApplied, migrationsTotal } = await prepareDatabase(env.DATABASE_PATH);
  logEvent("start", {
    env: env.NODE_ENV,
    siteUrl: siteUrl.origin,
    database: env.DATABASE_PATH,
    scheduler: env.REMINDER_SCHEDULER,
  });
  logEvent("migrations", { applied: migrationsApplied, total: migrationsTotal });
  // Cases saved before their operator's notice rule was stored with them get it now; those and
  // cases written under older case-model rules get their stored columns rewritten once.
  const { fillMissingNoticeRules, refreshCaseModelColumns } =
    await import("@/lib/data/case-model-columns");
  const { readOperators } = await import("@/lib/content/read-operators");
  const { operators } = await readOperators();
  const filled = fillMissingNoticeRules(
    db,
    Object.fromEntries(operators.flatMap((o) => (o.notice ? [[o.id, o.notice.rule]] : []))),
  );
  const refreshed = refreshCaseModelColumns(db);
  if (refreshed > 0) logEvent("case-model", { refreshed, noticeRulesFilled: filled });

  // The evidence folder must be writable before the first upload, and agree with the rows.
  const { evidenceDir } = await import("@/lib/evidence/store");
  const { reconcileEvidence } = await import("@/lib/data/evidence-files");
  const { mkdirSync, accessSync, constants } = await import("node:fs");
  mkdirSync(evidenceDir(), { recursive: true });
  accessSync(evidenceDir(), constants.W_OK);
  const evidence = reconcileEvidence(db);
  if (evidence.temporary + evidence.orphans + evidence.missing > 0) logEvent("evidence", evidence);

  if (env.NODE_ENV === "production") {
    // Built now, not on the first search: that search would otherwise wait for it.
    const { warmSearchIndexes } = await import("@/lib/search/site-search");
    await warmSearchIndexes();
  }

  if (env.REMINDER_SCHEDULER === "on") {
    const { startScheduler } = await import("@/jobs/scheduler");
    const { sweepReminders } = await import("@/jobs/send-due-reminders");
    const { sendMail } = await import("@/lib/mail/send-mail");
    startScheduler(async () => {
      const counts = await sweepReminders({ db, send: sendMail });
      if (counts.claimed > 0) logEvent("sweep", counts); // one line per sweep that did something
    });
  }
}
