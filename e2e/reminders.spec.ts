import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { formatDateOnly } from "@/lib/format-date";
import { localTimeToUtc } from "@/lib/reminders/due-time";
import { addDays, todayIn } from "@/lib/tracker/dates";
import { signInByEmail } from "./auth";
import { e2eAppEnv } from "./env";
import { createCase, signInAs } from "./fixtures";
import { countMail, firstLink, waitForMail } from "./mail";
import { catalogs } from "./pages/catalogs";

test.describe.configure({ mode: "serial" });

// The day the cases are entered, as the server sees it (Oslo). Sweeps run pinned to 12:00 Oslo
// on that day (TEST_NOW): reminders are due at 09:00 local, so a sweep at the real time of day
// would send nothing between midnight and 09:00 and the test would depend on the hour it runs.
const today = todayIn("Europe/Oslo", new Date());
const sweepAt = new Date(localTimeToUtc(today, "Europe/Oslo", 12)).toISOString();

/** `npm run reminders` (the production bundle) on the e2e database and SMTP server, at `sweepAt` (or now). */
function runReminderSweep(at: string | null = sweepAt): string {
  const clock = at ? { NODE_ENV: "test", TEST_NOW: at } : {};
  const env = { ...process.env, ...e2eAppEnv, ...clock } as NodeJS.ProcessEnv;
  return execFileSync("node", ["dist/reminders.mjs"], { env, encoding: "utf8" });
}

test("a case submitted 8 days ago gets a follow-up whose 'I got the confirmation' link confirms it", async ({
  page,
  request,
}) => {
  await signInByEmail(page, "remi@example.test");
  await page.goto("/en/tracker/new");
  await page.getByLabel("Operator", { exact: true }).selectOption("telenor");
  await page.getByLabel("Phone number").fill("98765432");
  await page.getByLabel("Cancellation sent on").fill(addDays(today, -8));
  await page.getByRole("button", { name: "Save cancellation" }).click();
  // A day past the week the operator had: the next step (a chase) is the reader's.
  await expect(page.getByText("Waiting on you")).toBeVisible();
  const caseUrl = new URL(page.url()).pathname;

  // Other specs' cases may be due too: count what reaches this user, not the sweep's totals.
  expect(runReminderSweep()).toMatch(/ sent=[1-9]/);
  const isFollowUp = (m: { subject?: string }) => m.subject === "No confirmation from Telenor yet?";
  const mail = await waitForMail("remi@example.test", isFollowUp);
  expect(mail.text).toContain("+47 ••••• 432");
  expect(runReminderSweep()).toContain(" sent=0 "); // a second run sends nothing more
  expect(await countMail("remi@example.test", isFollowUp)).toBe(1);

  // The case page lists the reminder as sent.
  await page.goto(caseUrl);
  await expect(page.getByRole("region", { name: "Reminders" })).toContainText(
    /Follow-up if not confirmed: Sent/,
  );

  // The link from the e-mail: one confirming step, then the case is confirmed and it is logged.
  await page.goto(firstLink(mail, "/confirm"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mark as confirmed");
  await page.getByLabel("Confirmation reference").fill("FROM-MAIL-1");
  await page.getByRole("button", { name: "The operator confirmed it" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}\\?saved=status#status$`));
  await expect(page.getByText("Waiting on you")).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText(
    "Sent, waiting for confirmation → Confirmed",
  );

  // One-click unsubscribe (RFC 8058) with the header's URL; a forged token changes nothing.
  const header = mail.headerLines
    .find((h) => h.key === "list-unsubscribe")!
    .line.replace(/\r?\n\s+/g, " ");
  const unsubscribeUrl = /<([^>]+)>/.exec(header)![1]!;
  const forged = unsubscribeUrl.replace(
    /token=[^.]+/,
    "token=" + Buffer.from("someone|all").toString("base64url"),
  );
  expect((await request.post(forged, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(
    400,
  );
  await page.goto("/en/tracker/account");
  await expect(
    page.getByLabel("When the operator has not confirmed (weekly, up to 3 times)"),
  ).toBeChecked();

  const response = await request.post(unsubscribeUrl, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(response.status()).toBe(200);
  await page.reload();
  await expect(
    page.getByLabel("When the operator has not confirmed (weekly, up to 3 times)"),
  ).not.toBeChecked();
  await expect(page.getByLabel("Send me reminders about my cancellations")).toBeChecked();

  // A person opening "Stop all reminders" sees a confirmation first; nothing changes until they confirm.
  const stopAll = /Stop all reminders (\S+)/.exec(mail.text!)![1]!;
  await page.goto(stopAll);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stop reminders?");
  await page.goto("/en/tracker/account");
  await expect(page.getByLabel("Send me reminders about my cancellations")).toBeChecked();
  await page.goto(stopAll);
  await page.getByRole("button", { name: "Yes, stop them" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Done");
  await page.goto("/en/tracker/account");
  await expect(page.getByLabel("Send me reminders about my cancellations")).not.toBeChecked();
});

test("the health endpoint: healthy after a sweep; details only with the token", async ({
  request,
}) => {
  runReminderSweep(null); // on the real clock: health judges the sweep's age by it
  const anonymous = await request.get("/api/health");
  expect(anonymous.status()).toBe(200);
  expect(await anonymous.json()).toEqual({ ok: true, status: "ok" });
  const detailed = await (
    await request.get("/api/health", {
      headers: { Authorization: `Bearer ${e2eAppEnv.HEALTH_TOKEN}` },
    })
  ).json();
  expect(detailed).toMatchObject({
    ok: true,
    problems: [],
    database: { writable: true },
    lastSweep: { error: null },
  });
  expect(detailed.lastSuccessfulSweepAgeSeconds).toBeLessThan(60);
  expect(
    await (
      await request.get("/api/health", {
        headers: { Authorization: "Bearer wrong-token-0123456789" },
      })
    ).json(),
  ).toEqual({ ok: true, status: "ok" });
});

test("a case entered as sent 14 days ago gets one follow-up; a chase clears 'overdue' and the complaint waits for its seven days", async ({
  browser,
}) => {
  const en = catalogs.en;
  const context = await browser.newContext();
  await signInAs(context, "late@example.test");
  const page = await context.newPage();
  const late = await createCase(page.request, {
    provider: "ice",
    submittedOn: addDays(today, -14),
  });

  // Two follow-ups were due by today (day 7 and day 14): exactly one goes out, once.
  const isFollowUp = (m: { subject?: string }) => m.subject === "No confirmation from Ice yet?";
  runReminderSweep();
  await waitForMail("late@example.test", isFollowUp);
  runReminderSweep();
  expect(await countMail("late@example.test", isFollowUp)).toBe(1);

  // Chase in writing, sent today: no longer overdue, the chase's date is the next deadline, and
  // the complaint is not offered yet.
  await page.goto(`/en/tracker/${late}`);
  await expect(page.getByText(en.tracker.overdue, { exact: true })).toBeVisible();
  const letters = page.getByRole("region", { name: en.tracker.lettersTitle });
  await letters
    .getByRole("link", { name: `${en.letters.prepare}: ${en.letters.kind.chase}` })
    .click();
  await page.getByLabel(en.letters.fields.fullName).fill("Late Reader");
  await page.getByRole("button", { name: en.letters.submit }).click();
  await page.getByLabel(en.letters.sentOnField).fill(today);
  await page.getByRole("button", { name: en.letters.saveSent }).click();
  await expect(page).toHaveURL(/\?saved=letter-sent/);
  await expect(page.getByText(en.tracker.overdue, { exact: true })).toBeHidden();
  const answerBy = formatDateOnly(addDays(today, 7), "en");
  await expect(
    page.getByText(en.tracker.deadline["chase-answer"].replace("{date}", answerBy)),
  ).toBeVisible();
  await expect(
    letters.getByRole("link", {
      name: `${en.letters.prepare}: ${en.letters.kind["operator-complaint"]}`,
    }),
  ).toBeHidden();

  // A chase whose seven days are up: now the complaint is the next step.
  const chasedEarlier = await createCase(page.request, {
    provider: "ice",
    submittedOn: addDays(today, -20),
  });
  await page.goto(`/en/tracker/${chasedEarlier}`);
  await letters
    .getByRole("link", { name: `${en.letters.prepare}: ${en.letters.kind.chase}` })
    .click();
  await page.getByLabel(en.letters.fields.fullName).fill("Late Reader");
  await page.getByRole("button", { name: en.letters.submit }).click();
  await page.getByLabel(en.letters.sentOnField).fill(addDays(today, -8));
  await page.getByRole("button", { name: en.letters.saveSent }).click();
  await expect(page.getByText(en.tracker.overdue, { exact: true })).toBeVisible();
  await expect(
    letters.getByRole("link", {
      name: `${en.letters.prepare}: ${en.letters.kind["operator-complaint"]}`,
    }),
  ).toBeVisible();
  await context.close();
});
