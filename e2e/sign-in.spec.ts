import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eBaseURL } from "./env";
import { resetSignInClientBudgets, signInAs } from "./fixtures";
import { firstLink, waitForMail } from "./mail";
import { catalogs, specLocales } from "./pages/catalogs";

// Sign-in as Chinese readers meet it: the mail is opened in WeChat or a mail app, whose browser
// is not the one that asked for the link. The link never switches that browser's account
// silently, and the code in the same e-mail signs in where the reader started.

test.beforeAll(resetSignInClientBudgets);
test.afterAll(resetSignInClientBudgets);

async function askForLink(page: Page, email: string, locale: "en" | "zh") {
  const t = catalogs[locale].signIn;
  await page.goto(`/${locale}/sign-in`);
  const askedAt = Date.now();
  await page.getByLabel(t.email).fill(email);
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in/check-email$`));
  const mail = await waitForMail(email, (m) => (m.date?.getTime() ?? 0) >= askedAt - 2000);
  const code = /\b(\d{4}) (\d{4})\b/
    .exec(mail.text ?? "")!
    .slice(1)
    .join("");
  return { link: firstLink(mail, "/api/auth/callback/"), code };
}

async function newPage(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  return { context, page: await context.newPage() };
}

for (const locale of specLocales) {
  const t = catalogs[locale].signIn;
  for (const javaScript of [true, false]) {
    test(`[${locale}${javaScript ? "" : ", no JavaScript"}] the mail opened in another browser: the link asks there, the code signs in here`, async ({
      browser,
    }) => {
      const email = `wechat-${locale}-${javaScript ? "js" : "nojs"}@example.test`;
      const here = await newPage(browser, javaScript);
      const { link, code } = await askForLink(here.page, email, locale);
      // The check page names the address and offers "send again", with or without JavaScript.
      await expect(here.page.getByText(email)).toBeVisible();
      await expect(here.page.getByRole("button", { name: t.sendAgain })).toBeVisible();

      // The mail app's own browser: no account switch without a question.
      const mailApp = await newPage(browser, javaScript);
      await mailApp.page.goto(link);
      await expect(mailApp.page).toHaveURL(new RegExp(`/${locale}/sign-in/confirm\\?`));
      await expect(mailApp.page.getByRole("heading", { level: 1 })).toHaveText(t.confirmTitle);
      await expect(mailApp.page.getByText(email).first()).toBeVisible();
      expect((await mailApp.context.cookies()).map((c) => c.name)).not.toContain(
        "authjs.session-token",
      );

      // Back where they started: the code from the same mail.
      await here.page.getByLabel(t.codeLabel).fill(`${code.slice(0, 4)} ${code.slice(4)}`);
      await here.page.getByRole("button", { name: t.codeSubmit }).click();
      await expect(here.page).toHaveURL(new RegExp(`/${locale}/tracker$`));
      await expect(here.page.getByText(email).first()).toBeVisible();

      // The link went with the code: confirming it in the other browser now fails.
      await mailApp.page
        .getByRole("button", { name: t.confirmSubmit.replace("{email}", email) })
        .click();
      await expect(mailApp.page.getByRole("heading", { level: 1 })).toHaveText(
        t.authErrors.Verification.title,
      );
      await here.context.close();
      await mailApp.context.close();
    });
  }
}

test("[en] a wrong code is answered next to the field, with the tries left", async ({
  browser,
}) => {
  const t = catalogs.en.signIn;
  const { page, context } = await newPage(browser);
  const { code } = await askForLink(page, "typo@example.test", "en");
  const wrong = String((Number(code) + 1) % 1e8).padStart(8, "0");
  await page.getByLabel(t.codeLabel).fill(wrong);
  await page.getByRole("button", { name: t.codeSubmit }).click();
  await expect(page.getByText(/That code is not right\. You have 4 more tries\./)).toBeVisible();
  await expect(page.getByLabel(t.codeLabel)).toHaveAttribute("aria-invalid", "true");
  // What was typed comes back to be corrected (never through the URL).
  await expect(page.getByLabel(t.codeLabel)).toHaveValue(wrong);
  expect(page.url()).not.toContain(wrong);
  await page.getByLabel(t.codeLabel).fill("12");
  await page.getByRole("button", { name: t.codeSubmit }).click();
  await expect(page.getByText(t.codeErrors.invalid)).toBeVisible();
  await expect(page.getByLabel(t.codeLabel)).toHaveValue("12");
  await page.getByLabel(t.codeLabel).fill(code);
  await page.getByRole("button", { name: t.codeSubmit }).click();
  await expect(page).toHaveURL(/\/en\/tracker$/);
  await context.close();
});

test("[zh] someone else's link opened while signed in: asked first, and cancelling keeps the account", async ({
  browser,
}) => {
  const t = catalogs.zh.signIn;
  const attacker = await newPage(browser);
  const { link } = await askForLink(attacker.page, "mallory@example.test", "zh");
  await attacker.context.close();

  const victim = await browser.newContext();
  await signInAs(victim, "bob-victim@example.test");
  const page = await victim.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.confirmTitle);
  await expect(page.getByText("mallory@example.test").first()).toBeVisible();
  await expect(page.getByText("bob-victim@example.test")).toBeVisible(); // "signed in as …"
  await page.getByRole("link", { name: t.confirmCancel }).click();
  await page.goto("/zh/tracker");
  await expect(page.getByText("bob-victim@example.test").first()).toBeVisible();
  await victim.close();
});

test("[en] sign-out asks once, naming the account", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, "leaving@example.test");
  const page = await context.newPage();
  await page.goto("/en/tracker");
  await page.getByRole("link", { name: catalogs.en.tracker.signOut }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign out of l…@example.test?");
  await page.getByRole("link", { name: catalogs.en.tracker.stayIn }).click();
  await expect(page).toHaveURL(/\/en\/tracker$/);
  await page.getByRole("link", { name: catalogs.en.tracker.signOut }).click();
  await page.getByRole("button", { name: catalogs.en.tracker.signOut }).click();
  await expect(page).toHaveURL(new RegExp(`^${e2eBaseURL}/en$`));
  await page.goto("/en/tracker");
  await expect(page).toHaveURL(/\/en\/sign-in\?/);
  await context.close();
});
