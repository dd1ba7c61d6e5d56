import { defineConfig, devices } from "@playwright/test";
import { e2eAppEnv, e2eBaseURL, e2eMailDir, e2eSmtpPort } from "./e2e/env";

/**
 * Specs that only read public pages (no sign-in, no database writes, no mail): they run first,
 * two at a time (axe alone takes seconds a page). Everything else shares one database, one mail
 * folder and the sign-in rate limits, so it runs afterwards, one test at a time.
 */
const publicPageSpecs =
  /\/(accessibility|crawl|discoverability|guides|helper|home|locale|mobile|search)\.spec\.ts$/;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 2,
  projects: [
    { name: "public-pages", testMatch: publicPageSpecs, fullyParallel: true },
    { name: "app", testIgnore: publicPageSpecs, workers: 1, dependencies: ["public-pages"] },
  ],
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: e2eBaseURL,
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
      port: e2eSmtpPort,
      reuseExistingServer: !process.env.CI,
      env: { SMTP_SINK_PORT: String(e2eSmtpPort), SMTP_SINK_DIR: e2eMailDir },
    },
    {
      // The production server (npm start) on the build that `npm run test:e2e` just made, on a
      // throwaway database (npm run test:e2e empties tmp/e2e first).
      command: "node dist/server.mjs",
      url: `${e2eBaseURL}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: e2eAppEnv,
    },
  ],
});
