import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { cases } from "@/db/schema";
import { storedBasis } from "@/lib/data/case-model-columns";
import { modelOn } from "@/lib/tracker/case-model";
import { addDays, todayIn } from "@/lib/tracker/dates";
import { e2eAppEnv } from "./env";
import { createCase, expect, signInAs, test } from "./fixtures";
import { catalogs } from "./pages/catalogs";
import type { APIRequestContext, Page } from "@playwright/test";

const today = todayIn("Europe/Oslo", new Date());
const en = catalogs.en.tracker.list;
const zh = catalogs.zh.tracker.list;

/**
 * A family's or a small firm's 30 lines: planned ones, ones sent long ago (overdue), ones sent
 * today (the operator's turn), two whose service ended (final bill to check), and a few with
 * names, notes and numbers to find them by.
 */
async function seedThirtyCases(request: APIRequestContext): Promise<Record<string, string>> {
  const named: Record<string, string> = {};
  for (let i = 0; i < 30; i++) {
    const fields: Record<string, string> = {
      provider: ["telenor", "telia", "ice"][i % 3]!,
      phoneNumber: `40 00 00 ${String(i).padStart(2, "0")}`,
    };
    if (i % 3 === 1) fields.submittedOn = addDays(today, -12);
    if (i % 3 === 2) fields.submittedOn = today;
    if (i === 4) Object.assign(fields, { nickname: "Dad’s line", phoneNumber: "93 57 24 68" });
    if (i === 7) fields.notes = "Returned the router at Elkjøp Lagunen";
    if (i === 10) fields.nickname = "妈妈的手机";
    if (i === 27 || i === 28)
      Object.assign(fields, {
        nickname: i === 27 ? "Ended A" : "Ended B",
        submittedOn: addDays(today, -40),
        confirmedOn: addDays(today, -39),
        endsOn: addDays(today, -5),
      });
    named[fields.nickname ?? `case ${i}`] = await createCase(request, fields);
  }
  return named;
}

/** The ids of the cases listed on the page, in order (from their links). */
async function listedIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole("main")
    .getByRole("heading", { level: 2 })
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.split("/").pop()!);
}

/** Ticks the two ended lines and marks their final bills checked, as the bulk form does. */
async function markBothEndedLines(page: Page) {
  await page.goto("/en/tracker?q=ended");
  await page.getByRole("checkbox", { name: /Ended A/ }).check();
  await page.getByRole("checkbox", { name: /Ended B/ }).check();
  await page.getByRole("button", { name: en.bulk.finalBill }).click();
  await expect(page).toHaveURL(/\/en\/tracker\?q=ended&marked=2&skipped=0$/);
  await expect(page.getByRole("status").first()).toContainText("2 final bills recorded as right.");
}

async function search(page: Page, query: string, label: string, button: string) {
  await page.getByLabel(label).fill(query);
  await page.getByRole("button", { name: button, exact: true }).click();
}

test("30 cases: find one by its name, four digits of its number or a word of its notes, with and without JavaScript; the URL keeps the view", async ({
  page,
  browser,
  context,
  signedIn,
}) => {
  test.setTimeout(60_000); // thirty cases are created through the real action first
  const named = await seedThirtyCases(context.request);
  await page.goto("/en/tracker");
  await expect(page.getByRole("link", { name: `${en.views.all} (30)` })).toBeVisible();
  // One heading per case, so a screen reader can jump between them; 25 on the first page.
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(25);

  await search(page, "dad", en.searchLabel, en.search);
  await expect(page).toHaveURL(/\/en\/tracker\?q=dad&/);
  await expect.poll(() => listedIds(page)).toEqual([named["Dad’s line"]]);
  await search(page, "7246", en.searchLabel, en.search);
  await expect.poll(() => listedIds(page)).toEqual([named["Dad’s line"]]);
  await search(page, "lagunen", en.searchLabel, en.search);
  await expect.poll(() => listedIds(page)).toEqual([named["case 7"]]);
  await expect(page.getByRole("status")).toHaveText("1 cancellation matches");

  // The same without JavaScript, in Chinese: a plain GET form.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(noJs, signedIn.email);
  const plain = await noJs.newPage();
  await plain.goto("/zh/tracker");
  await search(plain, "妈妈", zh.searchLabel, zh.search);
  await expect(plain).toHaveURL(/\/zh\/tracker\?q=%E5%A6%88%E5%A6%88&/);
  await expect.poll(() => listedIds(plain)).toEqual([named["妈妈的手机"]]);
  await search(plain, "93 57 24 68", zh.searchLabel, zh.search);
  await expect.poll(() => listedIds(plain)).toEqual([named["Dad’s line"]]);
  await search(plain, "ELKJØP", zh.searchLabel, zh.search);
  await expect.poll(() => listedIds(plain)).toEqual([named["case 7"]]);

  // A filtered, sorted view is a URL: reloading (or a bookmark) shows the same view.
  await plain.getByLabel(zh.searchLabel).fill("");
  await plain.getByLabel(zh.operatorLabel, { exact: true }).selectOption("telia");
  await plain.getByLabel(zh.sortLabel, { exact: true }).selectOption("changed");
  await plain.getByRole("button", { name: zh.apply }).click();
  await expect(plain).toHaveURL(/\/zh\/tracker\?q=&operator=telia&status=&sort=changed$/);
  const telia = await listedIds(plain);
  expect(telia).toHaveLength(10);
  await plain.reload();
  await expect.poll(() => listedIds(plain)).toEqual(telia);
  await expect(plain.getByLabel(zh.operatorLabel, { exact: true })).toHaveValue("telia");
  await expect(plain.getByLabel(zh.sortLabel, { exact: true })).toHaveValue("changed");
  await noJs.close();
});

test("“Needs my action” shows exactly the cases the case model says wait on the user, and overdue ones are a subset", async ({
  page,
  context,
  signedIn,
}) => {
  await seedThirtyCases(context.request);
  const db = openDatabase(e2eAppEnv.DATABASE_PATH);
  const rows = db.select().from(cases).where(eq(cases.userId, signedIn.userId)).all();
  db.$client.close();
  const model = (row: (typeof rows)[number]) =>
    modelOn({ ...row, accountLeavingOn: null }, storedBasis(row), today);
  const waitingOnUser = rows.filter((r) => model(r).waitingOn === "user").map((r) => r.id);
  const overdue = rows.filter((r) => model(r).overdue).map((r) => r.id);
  // The seeded mix reaches both sides of each filter.
  expect(waitingOnUser.length).toBeGreaterThan(0);
  expect(waitingOnUser.length).toBeLessThan(30);
  expect(overdue.length).toBeGreaterThan(0);

  await page.goto("/en/tracker");
  await page.getByRole("link", { name: `${en.views.action} (${waitingOnUser.length})` }).click();
  await expect(page).toHaveURL(/\/en\/tracker\?view=action$/);
  await expect.poll(async () => (await listedIds(page)).sort()).toEqual(waitingOnUser.sort());
  await page.getByRole("link", { name: `${en.views.overdue} (${overdue.length})` }).click();
  await expect.poll(async () => (await listedIds(page)).sort()).toEqual(overdue.sort());
  for (const id of overdue) expect(waitingOnUser).toContain(id);

  // With JavaScript the bulk button is the same server action, answered in place.
  await markBothEndedLines(page);
});

test("bulk, without JavaScript: tick two ended lines, record their final bills as right, download just those", async ({
  browser,
  context,
  signedIn,
}) => {
  const named = await seedThirtyCases(context.request);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(noJs, signedIn.email);
  const page = await noJs.newPage();
  await page.goto("/en/tracker?q=ended");
  await expect
    .poll(async () => (await listedIds(page)).sort())
    .toEqual([named["Ended A"]!, named["Ended B"]!].sort());

  // Nothing ticked: a clear message, nothing changed.
  await page.getByRole("button", { name: en.bulk.finalBill }).click();
  await expect(page).toHaveURL(/\/en\/tracker\?q=ended&bulk=none$/);
  await expect(page.getByRole("alert")).toHaveText(en.bulk.none);
  // Nor does a download with nothing ticked give every case: the same message.
  await page.getByRole("button", { name: en.bulk.csv }).click();
  await expect(page).toHaveURL(/\/en\/tracker\?q=ended&bulk=none$/);
  await expect(page.getByRole("alert")).toHaveText(en.bulk.none);

  await page.getByRole("checkbox", { name: /Ended A/ }).check();
  await page.getByRole("checkbox", { name: /Ended B/ }).check();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: en.bulk.csv }).click();
  const csv = await (await download).createReadStream();
  let text = "";
  for await (const chunk of csv) text += String(chunk);
  expect(text).toContain("Ended A");
  expect(text).toContain("Ended B");
  expect(text).not.toContain("Dad’s line");
  expect(text.trim().split("\n")).toHaveLength(3); // the header and the two ticked cases

  await markBothEndedLines(page);
  // Pressed again, nothing is left to mark: both are skipped and said so.
  await page.getByRole("checkbox", { name: /Ended A/ }).check();
  await page.getByRole("button", { name: en.bulk.finalBill }).click();
  await expect(page).toHaveURL(/marked=0&skipped=1$/);
  await noJs.close();
});
