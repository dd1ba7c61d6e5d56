import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { caseReportShares, readerReportSummaries, readerReports } from "@/db/schema";
import { addMonths } from "@/lib/reports/summary";
import { defaultTimeZone, todayIn } from "@/lib/tracker/dates";
import { pageScriptSources } from "@/test/page-scripts";
import { seriousViolations } from "./axe";
import { watchCspViolations } from "./csp";
import { e2eAppEnv } from "./env";
import { createCase, expect, signInAs, test } from "./fixtures";
import { deleteAccount } from "./pages/account-page";
import { catalogs, specLocales } from "./pages/catalogs";

// Readers' reports (issue #27): a closed case offers to share what worked, off by default; the
// operator's guide shows the figures only from k = 10 reports; the JSON says the same.

const withDb = <T>(read: (db: ReturnType<typeof openDatabase>) => T): T => {
  const db = openDatabase(e2eAppEnv.DATABASE_PATH);
  try {
    return read(db);
  } finally {
    db.$client.close();
  }
};
const shareOf = (caseId: string) =>
  withDb((db) =>
    db
      .select({ operator: readerReports.operator, sentMonth: readerReports.sentMonth })
      .from(caseReportShares)
      .innerJoin(readerReports, eq(readerReports.id, caseReportShares.reportId))
      .where(eq(caseReportShares.caseId, caseId))
      .get(),
  );

for (const locale of specLocales) {
  const t = catalogs[locale].readerReports.share;
  test(`${locale}: a confirmed case offers to share what worked; shared, then withdrawn`, async ({
    page,
    casePage,
    signedIn: _,
  }) => {
    const caseId = await createCase(page.request, { locale, submittedOn: "2026-11-02" });
    await page.goto(`/${locale}/tracker/${caseId}`);
    // Sent but not confirmed: nothing to share yet.
    await expect(page.getByRole("region", { name: t.title })).toHaveCount(0);

    await casePage(locale).move("confirmed", { confirmedOn: "2026-11-05" });
    const section = page.getByRole("region", { name: t.title });
    await expect(section).toContainText(t.whatIsShared);
    await expect(section).toContainText(t.neverShared);
    await expect(section).not.toContainText("91234567");
    expect(shareOf(caseId)).toBeUndefined(); // off until the user chooses it
    expect(await seriousViolations(page)).toEqual([]);

    await section.getByRole("button", { name: t.button }).click();
    await expect(page).toHaveURL(/\?saved=report-shared#share-report$/);
    await expect(page.getByText(catalogs[locale].tracker.saved["report-shared"])).toBeVisible();
    await expect(section).toContainText(t.whatWasShared);
    expect(shareOf(caseId)).toEqual({ operator: "telenor", sentMonth: "2026-11" });

    await section.getByRole("button", { name: t.withdraw }).click();
    await expect(page).toHaveURL(/\?saved=report-withdrawn#share-report$/);
    await expect(section).toContainText(t.whatIsShared);
    expect(shareOf(caseId)).toBeUndefined();
  });
}

test("without JavaScript, sharing and withdrawing are plain forms", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(context, `no-js-report-${Date.now()}@example.test`);
  const page = await context.newPage();
  const caseId = await createCase(page.request, {
    submittedOn: "2026-11-02",
    confirmedOn: "2026-11-05",
  });
  // Added as already confirmed: not through the tracker's stages, so it says why instead.
  await page.goto(`/en/tracker/${caseId}`);
  const t = catalogs.en.readerReports.share;
  const section = page.getByRole("region", { name: t.title });
  await expect(section).toContainText(t.reasons["not-through-stages"]);
  await expect(section.getByRole("button")).toHaveCount(0);

  const sent = await createCase(page.request, { submittedOn: "2026-11-02" });
  await page.goto(`/en/tracker/${sent}`);
  const form = page.locator("form", {
    has: page.getByRole("button", { name: catalogs.en.tracker.moveTo.confirmed, exact: true }),
  });
  await form.locator("input[name=confirmedOn]").fill("2026-11-05");
  await form.getByRole("button", { name: catalogs.en.tracker.moveTo.confirmed }).click();
  await page.getByRole("button", { name: t.button }).click();
  await expect(page.getByText(catalogs.en.tracker.saved["report-shared"])).toBeVisible();
  expect(shareOf(sent)).toEqual({ operator: "telenor", sentMonth: "2026-11" });
  await page.getByRole("button", { name: t.withdraw }).click();
  await expect(page.getByText(catalogs.en.tracker.saved["report-withdrawn"])).toBeVisible();
  expect(shareOf(sent)).toBeUndefined();
  await context.close();
});

test("the account's export lists the report; deleting the account deletes it", async ({
  page,
  casePage,
  signedIn: _,
}) => {
  const caseId = await createCase(page.request, { submittedOn: "2026-11-02" });
  await page.goto(`/en/tracker/${caseId}`);
  await casePage("en").move("confirmed", { confirmedOn: "2026-11-05" });
  await page.getByRole("button", { name: catalogs.en.readerReports.share.button }).click();
  await expect(page.getByText(catalogs.en.tracker.saved["report-shared"])).toBeVisible();
  const reportId = withDb(
    (db) =>
      db
        .select({ id: caseReportShares.reportId })
        .from(caseReportShares)
        .where(eq(caseReportShares.caseId, caseId))
        .get()!.id,
  );

  const exported = await (await page.request.get("/api/account/export")).json();
  expect(exported.cases[0]).toMatchObject({
    id: caseId,
    sharedReport: { operator: "telenor", sentMonth: "2026-11", daysToConfirmation: 3 },
  });

  await deleteAccount(page);
  const left = withDb((db) =>
    db.select().from(readerReports).where(eq(readerReports.id, reportId)).all(),
  );
  expect(left).toEqual([]);
});

test("figures that cannot load (the JSON, or their code gone after a deploy) leave the guide whole and say so", async ({
  browser,
}) => {
  const t = catalogs.en.readerReports;
  const context = await browser.newContext();
  const page = await context.newPage();
  // The page's own scripts load; the figures' code, fetched after load, does not.
  const html = await (await context.request.get("/en/operators/telenor")).text();
  const pageScripts = new Set(pageScriptSources(html));
  await page.route("**/_next/static/chunks/**", (route) =>
    pageScripts.has(new URL(route.request().url()).pathname) ? route.continue() : route.abort(),
  );
  for (const blocked of ["code", "json"]) {
    if (blocked === "json") {
      await page.unroute("**/_next/static/chunks/**");
      await page.route("**/api/reports/*.json", (route) => route.abort());
    }
    await page.goto("/en/operators/telenor");
    const section = page.getByRole("region", { name: t.title });
    await expect(section, blocked).toContainText(t.couldNotLoad);
    await expect(page.getByRole("heading", { level: 1 }), blocked).toContainText("Telenor");
  }
  await context.close();
});

test.describe("the Telia guide's figures", () => {
  // Reports as this month's release leaves them (shared last month, released this month), and
  // no figures published yet for this month: the next read makes them from these rows.
  // The month as the server counts it: in Oslo (a UTC month would differ around midnight).
  const thisMonth = todayIn(defaultTimeZone, new Date()).slice(0, 7);
  const seed = (n: number) =>
    withDb((db) => {
      db.insert(readerReports)
        .values(
          Array.from({ length: n }, (_, i) => ({
            operator: "telia",
            subscriptionType: "postpaid",
            channel: "chat",
            sentMonth: addMonths(thisMonth, -2),
            daysToConfirmation: [1, 2, 2, 3, 3, 3, 5, 6, 9, 14][i] ?? 3,
            chaseOrComplaint: false,
            filedMonth: addMonths(thisMonth, -1),
            releasedMonth: thisMonth,
          })),
        )
        .run();
      db.delete(readerReportSummaries).where(eq(readerReportSummaries.operator, "telia")).run();
    });
  test.afterEach(() =>
    withDb((db) => {
      db.delete(readerReports).where(eq(readerReports.operator, "telia")).run();
      db.delete(readerReportSummaries).where(eq(readerReportSummaries.operator, "telia")).run();
    }),
  );

  for (const locale of specLocales) {
    const t = catalogs[locale].readerReports;
    test(`${locale}: 9 reports show 'not enough'; 10 show the figures, beside the rules`, async ({
      browser,
    }) => {
      seed(9);
      const before = await (await browser.newContext()).newPage();
      await before.goto(`/${locale}/operators/telia`);
      const notYet = before.getByRole("region", { name: t.title });
      await expect(notYet.getByTestId("reader-reports-not-enough")).toBeVisible();
      // The operator's own sections still read fully.
      await expect(
        before.getByRole("heading", { name: catalogs[locale].operators.sections["how-to-cancel"] }),
      ).toBeVisible();
      await before.context().close();

      seed(1);
      // A new browser (the JSON may be cached for five minutes by the first one).
      const page = await (await browser.newContext()).newPage();
      const violations = watchCspViolations(page);
      await page.goto(`/${locale}/operators/telia`);
      const section = page.getByRole("region", { name: t.title });
      const figures = section.getByTestId("reader-reports-figures");
      await expect(figures).toBeVisible();
      await expect(figures).toContainText(locale === "zh" ? "10–14 份" : "10–14 reports");
      await expect(figures).toContainText(locale === "zh" ? "中位数 3 天" : "median 3");
      // All ten by chat: never "100%", which would tell anyone known to be among them.
      await expect(figures).toContainText(t.allButFewerThan.replace("{k}", "10"));
      expect(await seriousViolations(page)).toEqual([]);
      expect(violations).toEqual([]);

      // Without JavaScript, the link leads to the same figures rendered by the server.
      await section.getByRole("link", { name: t.seeFigures.replace("{name}", "Telia") }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t.pageTitle.replace("{name}", "Telia"),
      );
      await expect(page.getByTestId("reader-reports-figures")).toBeVisible();
      await page.context().close();
    });
  }

  test("the JSON gives the same figures under the same rule", async ({ request }) => {
    seed(9);
    const nine = await (await request.get("/api/reports/telia.json")).json();
    expect(nine).toMatchObject({ operator: "telia", enough: false, threshold: 10 });
    expect(nine).not.toHaveProperty("reports");
    seed(1);
    const response = await request.get("/api/reports/telia.json");
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(await response.json()).toMatchObject({
      operatorName: "Telia",
      enough: true,
      reports: { from: 10, below: 15 },
      daysToConfirmation: { median: 3 },
      channels: [{ channel: "chat", share: { allButFewerThan: 10 } }],
      otherChannels: false,
      period: { from: addMonths(thisMonth, -11), to: thisMonth },
    });
    expect((await request.get("/api/reports/nobody.json")).status()).toBe(404);
    expect((await request.get("/api/reports/telia")).status()).toBe(404);
  });
});
