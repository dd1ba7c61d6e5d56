import { readFileSync } from "node:fs";
import { openDatabase } from "@/db/client";
import { cases } from "@/db/schema";
import { requestPathHeader } from "@/lib/request-path";
import { addDays, todayIn } from "@/lib/tracker/dates";
import { accountLimits } from "@/lib/tracker/limits";
import { signInByEmail } from "./auth";
import { seriousViolations } from "./axe";
import { e2eAppEnv } from "./env";
import { createCase, expect, signInAs, test } from "./fixtures";
import { waitForMail } from "./mail";
import { CaseFormPage } from "./pages/case-form";
import { CasePage } from "./pages/case-page";
import { catalogs, specLocales } from "./pages/catalogs";

const today = todayIn("Europe/Oslo", new Date());

test.describe("signing in", () => {
  test("a case link from an e-mail asks to sign in, says what for, and comes back to it", async ({
    page,
  }) => {
    await page.goto("/en/tracker/some-case-id/confirm");
    await expect(page).toHaveURL(
      /\/en\/sign-in\?callbackUrl=%2Fen%2Ftracker%2Fsome-case-id%2Fconfirm$/,
    );
    await expect(page.getByRole("status")).toHaveText(catalogs.en.signIn.purpose.confirm);
    await page.goto("/zh/tracker/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(catalogs.zh.signIn.title);
  });

  test("the way back is the page asked for, whatever path the request claims", async ({
    request,
  }) => {
    // The production server tells tracker pages their path (server/tracker-path.ts), over any
    // value the client sent. That it also drops the value on paths it does not set is checked
    // in tracker-path.test.ts: no page outside the tracker reads it, so only a unit test can.
    const response = await request.get("/en/tracker/new?from=mail", {
      headers: { [requestPathHeader]: "/en/tracker/account/delete" },
      maxRedirects: 0,
    });
    expect(response.headers()["location"]).toBe(
      "/en/sign-in?callbackUrl=%2Fen%2Ftracker%2Fnew%3Ffrom%3Dmail",
    );
  });

  test("a bad e-mail address gets a message next to the field", async ({ page }) => {
    await page.goto("/zh/sign-in");
    await page.getByLabel("电子邮箱").fill("not-an-address");
    await page.getByRole("button", { name: "把登录链接发到我的邮箱" }).click();
    await expect(page.getByText("请输入有效的邮箱地址")).toBeVisible();
    await expect(page.getByLabel("电子邮箱")).toHaveValue("not-an-address");
  });

  test("signing up in Chinese: the e-mail, the account's e-mail language and the check page are Chinese; a used link is refused", async ({
    page,
    browser,
  }) => {
    await page.goto("/zh/sign-in");
    await page.getByLabel("电子邮箱").fill("linguist@example.test");
    await page.getByRole("button", { name: "把登录链接发到我的邮箱" }).click();
    await expect(page).toHaveURL(/\/zh\/sign-in\/check-email$/);
    await expect(page.getByText("linguist@example.test")).toBeVisible();
    // "Send again" really sends a second link.
    const firstSent = Date.now();
    await page.getByRole("button", { name: catalogs.zh.signIn.sendAgain }).click();
    await expect(page).toHaveURL(/\/zh\/sign-in\/check-email$/);
    const mail = await waitForMail(
      "linguist@example.test",
      (m) => (m.date?.getTime() ?? 0) >= firstSent - 1000,
    );
    expect(mail.subject).toBe("你的 Si opp 登录链接");
    const link = (mail.text ?? "").match(/https?:\/\/\S+\/api\/auth\/callback\/\S+/)![0];
    await page.goto(link);
    await expect(page).toHaveURL(/\/zh\/tracker$/);
    await expect(page.getByText("邮件语言：中文")).toBeVisible();

    // Opened in another browser, the link asks first; confirmed there, it is already used.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(link);
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText(
      catalogs.zh.signIn.confirmTitle,
    );
    await otherPage.getByRole("button", { name: "以 linguist@example.test 登录" }).click();
    await expect(otherPage.getByRole("heading", { level: 1 })).toContainText(/已失效或已被使用/);
    await other.close();
  });

  test("the whole e-mail sign-in still works end to end", async ({ page }) => {
    await signInByEmail(page, "ada@example.test");
    await expect(
      page.getByRole("heading", { name: catalogs.en.tracker.empty.title }),
    ).toBeVisible();
  });
});

for (const locale of specLocales) {
  const t = catalogs[locale];

  test(`[${locale}] after an error every field keeps what was submitted, and the summary takes the focus`, async ({
    page,
    signedIn: _,
  }) => {
    const form = new CaseFormPage(page, locale);
    await form.openNew();
    await form.fill({
      provider: "lycamobile",
      subscriptionType: "prepaid",
      channel: "chat",
      phoneNumber: "123",
      notes: "余额 50 kr",
      creditRefundAsked: true,
      hasEquipment: true,
      submittedOn: addDays(today, 3),
    });
    await form.create();
    await expect(form.errorSummary).toBeFocused();
    await expect(
      form.errorSummary.getByRole("link", { name: new RegExp(t.caseForm.fields.phoneNumber) }),
    ).toBeVisible();
    await expect(page.getByText(t.errors.futureDate)).toHaveCount(2); // in the summary and next to the field
    await expect(form.field("provider")).toHaveValue("lycamobile");
    await expect(form.field("subscriptionType")).toHaveValue("prepaid");
    await expect(form.field("channel")).toHaveValue("chat");
    await expect(form.field("creditRefundAsked")).toBeChecked();
    await expect(form.field("hasEquipment")).toBeChecked();
    await expect(form.field("notes")).toHaveValue("余额 50 kr");
    await expect(form.field("phoneNumber")).toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(page)).toEqual([]);
    // Fixed, it saves exactly that.
    await form.fill({ phoneNumber: "912 34 567", submittedOn: today });
    await form.create();
    const casePage = new CasePage(page, locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lycamobile · +47 ••••• 567");
    await expect(page).toHaveTitle(/^Lycamobile · \+47 ••••• 567/);
    await expect(page.getByText(t.caseForm.types.prepaid)).toBeVisible();
    await expect(page.getByText(t.caseForm.channels.chat, { exact: true })).toBeVisible();
    await casePage.expectStatus("submitted");
  });

  test(`[${locale}] the status follows the dates: a case entered with its confirmation is confirmed and sends no follow-up`, async ({
    page,
    signedIn: _,
  }) => {
    const form = new CaseFormPage(page, locale);
    await form.openNew();
    await form.fill({
      provider: "telenor",
      phoneNumber: "98765432",
      submittedOn: addDays(today, -10),
      confirmedOn: addDays(today, -9),
      endsOn: addDays(today, 40),
    });
    await form.create();
    const casePage = new CasePage(page, locale);
    await casePage.expectStatus("confirmed");
    await expect(casePage.reminders).not.toContainText(`${t.tracker.reminders.kind["follow-up"]}:`);
    await expect(casePage.progress.locator("li[aria-current=step]")).toContainText(
      t.tracker.progress.step.ends,
    );
    // Edit: a planned case given a sent date is sent.
    await form.openNew();
    await form.fill({ provider: "ice", phoneNumber: "41234567" });
    await form.create();
    await casePage.expectStatus("planned");
    await page.getByRole("link", { name: t.tracker.editCase }).click();
    await expect(page).toHaveTitle(new RegExp(`^${t.tracker.editCase}: Ice · \\+47 ••••• 567`));
    await form.fill({ submittedOn: addDays(today, -1) });
    await form.save();
    await casePage.expectStatus("submitted");
  });

  test(`[${locale}] a stale edit form (another tab) writes nothing, shows what changed and keeps what was typed`, async ({
    context,
    signedIn: _,
  }) => {
    const id = await createCase(context.request, { locale, submittedOn: addDays(today, -3) });
    const tab1 = await context.newPage();
    const form = new CaseFormPage(tab1, locale);
    await tab1.goto(`/${locale}/tracker/${id}/edit`);
    const tab2 = await context.newPage();
    await tab2.goto(`/${locale}/tracker/${id}`);
    await new CasePage(tab2, locale).move("confirmed", {
      confirmedOn: addDays(today, -1),
      confirmationReference: "REF-TAB2",
      endsOn: addDays(today, 30),
    });
    await expect(tab2.getByText("REF-TAB2", { exact: true })).toBeVisible();

    await form.fill({ notes: "typed in tab 1" });
    await form.save();
    const stale = tab1.getByRole("alert").filter({ hasText: t.errors.stale });
    await expect(stale).toContainText("REF-TAB2");
    await expect(form.field("notes")).toHaveValue("typed in tab 1");
    await tab2.reload();
    await expect(tab2.getByText("REF-TAB2", { exact: true })).toBeVisible();
    await expect(tab2.getByText("typed in tab 1")).toHaveCount(0);
    // Saving again after reading the changes is deliberate: it goes through.
    await form.save();
    // Exact: the timeline also quotes the new notes ("Notes changed: (empty) → typed in tab 1"),
    // and whether it has streamed in yet when this runs is a matter of timing.
    await expect(tab1.getByText("typed in tab 1", { exact: true })).toBeVisible();
  });
}

test("status buttons apply the same date rule: no confirmation before sending, no empty date turned into today", async ({
  page,
  context,
  signedIn: _,
}) => {
  const id = await createCase(context.request, { submittedOn: addDays(today, -5) });
  const casePage = new CasePage(page, "en");
  await page.goto(`/en/tracker/${id}`);
  await casePage.move("confirmed", { confirmedOn: addDays(today, -6), endsOn: addDays(today, -7) });
  const form = casePage.statusForm("confirmed");
  await expect(form.getByText(catalogs.en.errors.beforeSubmitted)).toHaveCount(2); // confirmed on, ends on
  await expect(
    page.getByRole("alert").filter({ hasText: catalogs.en.errors.fixBelow }),
  ).toBeFocused();
  await casePage.expectStatus("submitted");
  await casePage.move("confirmed", { confirmedOn: "" });
  await expect(
    casePage.statusForm("confirmed").getByText(catalogs.en.errors.required),
  ).toBeVisible();
  await casePage.expectStatus("submitted");
  await expect(casePage.timeline).not.toContainText(catalogs.en.tracker.status.confirmed);
});

test("'all done' a month early warns, keeps the reminders, and can be undone", async ({
  page,
  context,
  signedIn: _,
}) => {
  const id = await createCase(context.request, {
    submittedOn: addDays(today, -5),
    confirmedOn: addDays(today, -4),
    endsOn: addDays(today, 30),
  });
  const casePage = new CasePage(page, "en");
  await page.goto(`/en/tracker/${id}`);
  await casePage.move("completed");
  await expect(
    page.getByText(catalogs.en.tracker.completeWarning["service-still-running"]),
  ).toBeVisible();
  await casePage.expectStatus("confirmed");
  await page.getByLabel(catalogs.en.tracker.completeWarning.acknowledge).check();
  await page.getByRole("button", { name: catalogs.en.tracker.moveTo.completed }).click();
  await casePage.expectStatus("completed");
  await expect(casePage.reminders).toContainText(catalogs.en.tracker.reminders.kind["before-end"]);
  await page.getByRole("button", { name: catalogs.en.tracker.moveTo.reopen }).click();
  await casePage.expectStatus("confirmed");
  // "Not cancelling after all" is offered, but never as the main button.
  await expect(
    page.getByRole("button", { name: catalogs.en.tracker.moveTo.completed }),
  ).toHaveClass(/bg-sky-700/);
});

test("an overdue case shows the way forward: chase, complain, Brukerklagenemnda with its source; how to reach the operator", async ({
  page,
  context,
  signedIn: _,
}) => {
  const id = await createCase(context.request, {
    locale: "zh",
    provider: "telenor",
    submittedOn: addDays(today, -20),
  });
  await page.goto(`/zh/tracker/${id}`);
  const steps = page.getByRole("region", { name: catalogs.zh.tracker.nextSteps.title });
  await expect(steps).toContainText("Telenor 没有按时确认");
  await expect(steps).toContainText("Brukerklagenemnda");
  await expect(steps.getByRole("link", { name: /来源/ }).first()).toHaveAttribute(
    "href",
    /nkom\.no/,
  );
  await expect(
    steps.getByRole("link", { name: catalogs.zh.tracker.nextSteps.guide }),
  ).toHaveAttribute("href", "/zh/guides/complaints");
  const contact = page.getByRole("region", { name: "联系 Telenor" });
  await expect(contact.getByRole("link", { name: "915 09000" })).toHaveAttribute(
    "href",
    "tel:+4791509000",
  );
  await expect(contact.getByRole("link", { name: /Telenor/ }).last()).toHaveAttribute(
    "href",
    "/zh/operators/telenor",
  );
  await expect(
    new CasePage(page, "zh").progress.locator("li", {
      hasText: catalogs.zh.tracker.progress.step.confirmed,
    }),
  ).toContainText("逾期");
});

test("the final bill: 'charged after the end date' opens the complaint path and stops its reminder", async ({
  page,
  context,
  signedIn: _,
}) => {
  const id = await createCase(context.request, {
    submittedOn: addDays(today, -40),
    confirmedOn: addDays(today, -39),
    endsOn: addDays(today, -2),
  });
  await page.goto(`/en/tracker/${id}`);
  const bill = page.getByRole("region", { name: catalogs.en.tracker.finalBill.title });
  await bill.getByRole("button", { name: catalogs.en.tracker.finalBill.disputed }).click();
  await expect(
    page.getByRole("status").filter({ hasText: catalogs.en.tracker.saved.disputed }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: catalogs.en.tracker.nextSteps.title }),
  ).toContainText("credit the charges after");
  await expect(page.getByRole("region", { name: catalogs.en.tracker.finalBill.title })).toHaveCount(
    0,
  );
  await expect(new CasePage(page, "en").reminders).not.toContainText(
    `${catalogs.en.tracker.reminders.kind["final-bill"]}:`,
  );
  // The same answer from the e-mail link: one confirming step.
  await page.goto(`/en/tracker/${id}/final-bill?outcome=correct`);
  await page.getByRole("button", { name: catalogs.en.tracker.finalBill.correct }).click();
  await expect(
    page.getByRole("status").filter({ hasText: catalogs.en.tracker.saved["bill-correct"] }),
  ).toBeVisible();
});

test("the reminder section shows the real state: paused until a date (resume), kinds off in the account, and why", async ({
  page,
  context,
  signedIn: _,
}) => {
  const id = await createCase(context.request, {
    submittedOn: addDays(today, -2),
    endsOn: addDays(today, 3),
  });
  await page.goto(`/en/tracker/${id}/snooze`);
  await expect(page.getByText(/the reminder before the end will not come/)).toBeVisible();
  await page.getByRole("button", { name: catalogs.en.tracker.fromEmail.snoozeButton }).click();
  const reminders = new CasePage(page, "en").reminders;
  await expect(reminders).toContainText("Reminders paused until");
  await reminders.getByRole("button", { name: catalogs.en.tracker.reminders.resume }).click();
  await expect(
    page.getByRole("status").filter({ hasText: catalogs.en.tracker.saved.resumed }),
  ).toBeVisible();
  await expect(reminders).not.toContainText("Reminders paused until");

  await page.goto("/en/tracker/account");
  await page.getByLabel(catalogs.en.tracker.accountPage.kinds["follow-up"]).uncheck();
  await page.getByRole("button", { name: catalogs.en.tracker.accountPage.save }).click();
  await expect(page.getByRole("status")).toHaveText(catalogs.en.tracker.accountPage.saved);
  await page.goto(`/en/tracker/${id}`);
  await expect(reminders).toContainText(
    `Off in your account settings: ${catalogs.en.tracker.reminders.kind["follow-up"]}`,
  );
});

test("[zh] leaving Norway: the account's leaving date gives a planned case its send-by date; the case's own date wins", async ({
  page,
  signedIn,
  caseForm,
}) => {
  void signedIn;
  const zh = catalogs.zh;
  await page.goto("/zh/tracker/account");
  await page.getByLabel(zh.tracker.accountPage.language).selectOption("zh");
  // Far enough that sending today still ends by then on any day of the month (Telenor: the end
  // of next month, at most 61 days on), so the case is not overdue.
  await page.getByLabel(zh.tracker.accountPage.leavingOn).fill(addDays(today, 62));
  await page.getByRole("button", { name: zh.tracker.accountPage.save }).click();
  await expect(page.getByRole("status")).toHaveText(zh.tracker.accountPage.saved);

  const form = caseForm("zh");
  await form.openNew();
  await form.fill({
    provider: "telenor",
    subscriptionType: "postpaid",
    phoneNumber: "91234567",
    channel: "chat",
  });
  await form.create();
  await expect(page).toHaveURL(/\/zh\/tracker\/(?!new$)[\w-]+$/);
  const sendBy = new RegExp(zh.tracker.deadline["send-by"].replace("{date}", ".+"));
  await expect(page.getByText(sendBy)).toBeVisible();
  await expect(page.getByText(zh.tracker.numberStopsReason.leaving, { exact: false })).toHaveCount(
    2,
  ); // details and the line
  await expect(page.getByText(zh.tracker.overdue, { exact: true })).toHaveCount(0);

  // The case's own done-by date, ten days away: too late to send for Telenor's notice, so overdue.
  await page.goto(`${new URL(page.url()).pathname}/edit`);
  await form.field("doneBy").fill(addDays(today, 10));
  await form.save();
  await expect(page.getByText(zh.tracker.overdue, { exact: true })).toBeVisible();
  await expect(page.getByText(zh.tracker.numberStopsReason["done-by"])).toBeVisible();
  await expect(page.getByRole("region", { name: zh.tracker.timeline })).toContainText(
    zh.caseForm.fields.doneBy,
  );
});

test("a full cancellation: checklist focus, translated timeline, dashboard line, export, account deletion", async ({
  page,
  signedIn,
}) => {
  const form = new CaseFormPage(page, "zh");
  const casePage = new CasePage(page, "zh");
  await form.openNew();
  await form.fill({ provider: "telenor", phoneNumber: "912 34 567", channel: "min-side-app" });
  await form.create();
  await casePage.move("submitted", { submittedOn: addDays(today, -1) });
  await casePage.expectStatus("submitted");
  await casePage.move("confirmed", { confirmationReference: "TN-12345" });
  await expect(page.getByText("TN-12345", { exact: true })).toBeVisible();

  // Ticking an item brings the focus back to it, not to the top of the page.
  await casePage.checklistButton("backups", false).click();
  await expect(casePage.checklistButton("backups", true)).toBeVisible();
  await expect(page.locator("#item-backups")).toBeFocused();

  // The timeline speaks the reader's language: names, not codes; dates, not ISO strings.
  await page.getByRole("link", { name: catalogs.zh.tracker.editCase }).click();
  await form.fill({ channel: "chat" });
  await form.save();
  const timeline = casePage.timeline;
  await expect(timeline).toContainText("状态变更：计划中 → 已发出，等待确认");
  await expect(timeline).toContainText(
    `注销渠道（已用或打算用）变更：${catalogs.zh.caseForm.channels["min-side-app"]} → 在线客服`,
  );
  await expect(timeline).not.toContainText("min-side-app");
  await expect(timeline).not.toContainText(today);
  await expect(timeline).toContainText(`已完成：${catalogs.zh.tracker.checklist.backups}`);
  expect(await seriousViolations(page)).toEqual([]);

  // The dashboard: one heading per case (its name), then the masked number and whose move it is.
  await page.getByRole("link", { name: catalogs.zh.tracker.myCases }).first().click();
  const card = page.getByRole("listitem").filter({
    has: page.getByRole("heading", { level: 2, name: "Telenor" }),
  });
  await expect(card).toContainText("+47 ••••• 567");
  await expect(card).toContainText(catalogs.zh.tracker.list.turn.user);

  const download = page.waitForEvent("download");
  await page.goto("/zh/tracker/account");
  await page.getByRole("link", { name: catalogs.zh.tracker.accountPage.export }).click();
  const data = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(data.account.email).toBe(signedIn.email);
  expect(data.cases[0]).toMatchObject({
    provider: "telenor",
    phoneNumber: "+4791234567",
    confirmationReference: "TN-12345",
    status: "confirmed",
  });

  await page.getByRole("link", { name: catalogs.zh.tracker.accountPage.delete }).click();
  await page.getByRole("button", { name: catalogs.zh.tracker.accountPage.deleteYes }).click();
  await expect(page.getByText(catalogs.zh.tracker.accountPage.deleteMissing)).toBeVisible();
  await page.getByLabel(catalogs.zh.tracker.accountPage.deleteCheckbox).check();
  await page.getByRole("button", { name: catalogs.zh.tracker.accountPage.deleteYes }).click();
  await expect(page).toHaveURL(/\/zh\/account-deleted$/);
  await expect(page.getByRole("status")).toHaveText(catalogs.zh.home.accountDeleted);
  await page.goto("/zh/tracker");
  await expect(page).toHaveURL(/\/zh\/sign-in/);
});

test("forms work without JavaScript: an error keeps the choices, the fix saves", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(context, "nojs@example.test");
  const page = await context.newPage();
  const form = new CaseFormPage(page, "en");
  await form.openNew();
  await form.fill({
    provider: "mycall",
    subscriptionType: "prepaid",
    channel: "phone",
    phoneNumber: "12",
  });
  await form.create();
  await expect(page.getByText(catalogs.en.errors.invalidNorwegian).first()).toBeVisible();
  await expect(form.field("subscriptionType")).toHaveValue("prepaid");
  await expect(form.field("channel")).toHaveValue("phone");
  await form.fill({ phoneNumber: "46123456" });
  await form.create();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MyCall · +47 ••••• 456");
  await context.close();
});

test("a second user cannot open or change the first user's case", async ({ browser }) => {
  const aliceContext = await browser.newContext();
  await signInAs(aliceContext, "alice@example.test");
  const id = await createCase(aliceContext.request, { provider: "ice", phoneNumber: "41234567" });
  const bobContext = await browser.newContext();
  await signInAs(bobContext, "bob@example.test");
  const bob = await bobContext.newPage();
  // Bob lands on his own list, told the case does not exist or is not his (the same answer for
  // both), with or without JavaScript.
  const letterPaths = [
    `/en/tracker/${id}/letters/new/chase`,
    `/en/tracker/${id}/letters/new/no-such-kind`,
    `/en/tracker/${id}/letters/no-such-letter`,
    `/en/tracker/${id}/letters/no-such-letter/print`,
  ];
  for (const path of [
    `/en/tracker/${id}`,
    `/en/tracker/${id}/edit`,
    `/en/tracker/${id}/delete`,
    `/en/tracker/${id}/confirm`,
    `/en/tracker/${id}/final-bill`,
    ...letterPaths,
    "/en/tracker/no-such-case",
  ]) {
    const response = await bobContext.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toBe("/en/tracker?notFound=1");
    expect(await response.text(), path).not.toContain("41234567");
  }
  await bob.goto(`/en/tracker/${id}/edit`);
  await expect(bob).toHaveURL(/\/en\/tracker\?notFound=1$/);
  await expect(
    bob.getByRole("alert").filter({ hasText: catalogs.en.tracker.notFound }),
  ).toBeVisible();
  await bob.goto("/en/tracker");
  await expect(bob.getByRole("heading", { name: catalogs.en.tracker.empty.title })).toBeVisible();
  const alice = await aliceContext.newPage();
  await alice.goto(`/en/tracker/${id}`);
  await expect(alice.getByRole("heading", { level: 1 })).toHaveText("Ice · +47 ••••• 567");
  await aliceContext.close();
  await bobContext.close();
});

test("Ice: the billing-period caveat is shown, and an end date from a reported notice rule is never filled in for the user", async ({
  page,
  context,
  signedIn: _,
}) => {
  const id = await createCase(context.request, {
    provider: "ice",
    submittedOn: addDays(today, -2),
  });
  const casePage = new CasePage(page, "en");
  await page.goto(`/en/tracker/${id}`);
  await expect(
    page.getByText(catalogs.en.tracker.billingCaveat.replaceAll("{name}", "Ice")),
  ).toBeVisible();
  await expect(
    casePage
      .statusForm("confirmed")
      .getByLabel(catalogs.en.caseForm.fields.endsOn, { exact: true }),
  ).toHaveValue("");
});

test("an account at its limit gets a clear message in its language, keeps what was typed, and nothing is created", async ({
  page,
  signedIn,
}) => {
  // The account already holds as many cancellations as it may (inserted directly: the form would take minutes).
  const db = openDatabase(e2eAppEnv.DATABASE_PATH);
  try {
    const stamp = new Date().toISOString();
    const row = {
      userId: signedIn.userId,
      provider: "telenor",
      subscriptionType: "postpaid",
      phoneNumber: "+4791234567",
      channel: "chat",
      status: "planned",
      createdAt: stamp,
      updatedAt: stamp,
    } as const;
    // In chunks: one INSERT of them all would pass SQLite's limit on bound variables.
    for (let i = 0; i < accountLimits.cases; i += 500)
      db.insert(cases)
        .values(Array.from({ length: Math.min(500, accountLimits.cases - i) }, () => row))
        .run();
  } finally {
    db.$client.close();
  }
  const form = new CaseFormPage(page, "zh");
  await form.openNew();
  await form.fill({ provider: "ice", phoneNumber: "987 65 432", notes: "上限测试" });
  await form.create();
  const message = catalogs.zh.errors.tooMany
    .replace("{cases}", String(accountLimits.cases))
    .replace("{letters}", String(accountLimits.letters))
    .replace("{events}", String(accountLimits.events));
  await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  await expect(page).toHaveURL(/\/zh\/tracker\/new$/);
  await expect(form.field("phoneNumber")).toHaveValue("987 65 432");
  await expect(form.field("notes")).toHaveValue("上限测试");
  await page.goto("/zh/tracker");
  await expect(
    page.getByRole("link", { name: new RegExp(`\\(${accountLimits.cases}\\)`) }).first(),
  ).toBeVisible();
});
