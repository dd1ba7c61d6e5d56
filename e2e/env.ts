/** Settings shared by the e2e web server (playwright.config.ts) and specs that run jobs. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
// "localhost", not 127.0.0.1: Next rewrites 127.0.0.1 to localhost in the request URLs it gives
// route handlers, and Auth.js refuses a callback URL on a host other than the request's.
export const e2eBaseURL = `http://localhost:${e2ePort}`;
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
/** Throwaway database and received mail; E2E_DIR lets a second run (another clock) keep apart. */
export const e2eDir = process.env.E2E_DIR ?? "tmp/e2e";
export const e2eMailDir = `${e2eDir}/mail`;

export const e2eAppEnv = {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(e2ePort),
  HOST: "localhost",
  SITE_URL: e2eBaseURL,
  DATABASE_PATH: `${e2eDir}/app.db`,
  SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
  AUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
  HEALTH_TOKEN: "e2e-health-token-0123456789",
  // The specs run the sweep themselves (npm run reminders), so they know when mail is sent.
  REMINDER_SCHEDULER: "off",
};
