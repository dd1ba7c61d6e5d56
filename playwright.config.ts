import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// "localhost", not 127.0.0.1: Next rewrites 127.0.0.1 to localhost in the request URLs it gives
// route handlers, and Auth.js refuses a callback URL on a host other than the request's.
const baseURL = `http://localhost:${port}`;
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
const e2eMailDir = "tmp/e2e/mail";

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium (Playwright cannot download a browser here). The flags keep it from
      // calling the internet, which this machine blocks.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      // A real SMTP server; every message lands in tmp/e2e/mail as an .eml file.
      command: "node_modules/.bin/tsx scripts/smtp-sink.ts",
      port: smtpPort,
      reuseExistingServer: !process.env.CI,
      env: { SMTP_SINK_PORT: String(smtpPort), SMTP_SINK_DIR: e2eMailDir },
    },
    {
      // A production server on the build that `npm run test:e2e` just made, on a throwaway
      // database (npm run test:e2e empties tmp/e2e first).
      command: `node_modules/.bin/next start -p ${port} -H localhost`,
      url: `${baseURL}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_URL: baseURL,
        DATABASE_PATH: "tmp/e2e/app.db",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        AUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
      },
    },
  ],
});
