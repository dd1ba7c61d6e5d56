import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInByEmail } from "./auth";
import { waitForMail } from "./mail";

test.describe.configure({ mode: "serial" });

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

test("the tracker asks you to sign in first and comes back afterwards", async ({ page }) => {
  await page.goto("/en/tracker/new");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Ftracker%2Fnew$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
});

test("a bad e-mail address gets a message next to the field", async ({ page }) => {
  await page.goto("/zh/sign-in");
  await page.getByLabel("电子邮箱").fill("not-an-address");
  await page.getByRole("button", { name: "把登录链接发到我的邮箱" }).click();
  await expect(page.getByText("请输入有效的邮箱地址")).toBeVisible();
  await expect(page.getByLabel("电子邮箱")).toHaveValue("not-an-address");
});

test("the sign-in e-mail is in the reader's language, and a used link is refused", async ({ page, browser }) => {
  const link = await signInByEmail(page, "linguist@example.test", "zh");
  const mail = await waitForMail("linguist@example.test");
  expect(mail.subject).toBe("你的 Si opp 登录链接");
  expect(mail.html).toBeTruthy();
  expect(mail.text).toContain("登录");

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await expect(otherPage).toHaveURL(/\/en\/sign-in\/error\?error=Verification|\/zh\/sign-in\/error\?error=Verification/);
  await expect(otherPage.getByRole("heading", { level: 1 })).toContainText(/expired or was already used|已失效或已被使用/);
  await other.close();
});

test("a full cancellation: create, submit, confirm, checklist, timeline, export, delete account", async ({ page }) => {
  await signInByEmail(page, "ada@example.test");
  await expect(page.getByRole("heading", { name: "No cancellations yet" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Bad input: errors next to the fields, nothing saved, typed values kept.
  await page.getByRole("link", { name: "Record your first cancellation" }).click();
  await page.getByLabel("Operator", { exact: true }).selectOption("telenor");
  await page.getByLabel("Phone number").fill("123");
  await page.getByLabel("Notes").fill("Cancelled in the Telmi chat");
  await page.getByLabel("Cancellation sent on").fill("2099-01-01");
  await page.getByRole("button", { name: "Save cancellation" }).click();
  await expect(page.getByText("Enter a Norwegian number with 8 digits")).toBeVisible();
  await expect(page.getByText("This date cannot be in the future.")).toBeVisible();
  await expect(page.getByLabel("Phone number")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Notes")).toHaveValue("Cancelled in the Telmi chat");
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("Phone number").fill("912 34 567");
  await page.getByLabel("Cancellation sent on").fill("");
  await page.getByRole("button", { name: "Save cancellation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Telenor");
  await expect(page.getByText("Waiting on you")).toBeVisible();
  const caseUrl = page.url();

  // Submit, then confirm with a reference.
  await page.getByRole("button", { name: "I have sent the cancellation" }).click();
  await expect(page.getByText("Waiting on the operator")).toBeVisible();
  await page.getByLabel("Confirmation reference").fill("TN-12345");
  await page.getByRole("button", { name: "The operator confirmed it" }).click();
  await expect(page.getByText("TN-12345", { exact: true })).toBeVisible();

  // Checklist.
  await page.getByRole("button", { name: "Mark done: Back up contacts, photos and authenticator apps" }).click();
  await expect(page.getByRole("button", { name: "Mark not done: Back up contacts, photos and authenticator apps" })).toBeVisible();

  // Timeline shows every change.
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline).toContainText("Case created (Planned)");
  await expect(timeline).toContainText("Status changed: Planned → Sent, waiting for confirmation");
  await expect(timeline).toContainText("Status changed: Sent, waiting for confirmation → Confirmed");
  await expect(timeline).toContainText("Ticked: Back up contacts");
  await expectNoSeriousAxeViolations(page);

  // The dashboard lists it with a masked number.
  await page.getByRole("link", { name: "My cancellations" }).first().click();
  await expect(page.getByRole("link", { name: "Telenor · +47 ••••• 567" })).toBeVisible();

  // Export.
  await page.getByRole("link", { name: "Account" }).click();
  await expectNoSeriousAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const file = await (await download).path();
  const data = JSON.parse((await import("node:fs")).readFileSync(file, "utf8"));
  expect(data.account.email).toBe("ada@example.test");
  expect(data.cases[0]).toMatchObject({ provider: "telenor", phoneNumber: "+4791234567", confirmationReference: "TN-12345", status: "confirmed" });

  // Delete the account: asked to confirm, then gone.
  await page.getByRole("link", { name: "Delete my account" }).click();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Tick the box to confirm.")).toBeVisible();
  await page.getByLabel("I understand that everything will be deleted").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/en\?accountDeleted=1$/);
  await page.goto(caseUrl);
  await expect(page).toHaveURL(/\/en\/sign-in/);
});

test("a second user cannot open or change the first user's case", async ({ browser }) => {
  const aliceContext = await browser.newContext();
  const alice = await aliceContext.newPage();
  await signInByEmail(alice, "alice@example.test");
  await alice.goto("/en/tracker/new");
  await alice.getByLabel("Operator", { exact: true }).selectOption("ice");
  await alice.getByLabel("Phone number").fill("41234567");
  await alice.getByRole("button", { name: "Save cancellation" }).click();
  await expect(alice.getByRole("heading", { level: 1 })).toHaveText("Ice");
  const caseUrl = new URL(alice.url()).pathname;

  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await signInByEmail(bob, "bob@example.test");
  for (const path of [caseUrl, `${caseUrl}/edit`, `${caseUrl}/delete`]) {
    const response = await bob.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  // Bob's own tracker is empty, and Alice's case is untouched.
  await bob.goto("/en/tracker");
  await expect(bob.getByRole("heading", { name: "No cancellations yet" })).toBeVisible();
  await alice.goto(caseUrl);
  await expect(alice.getByRole("heading", { level: 1 })).toHaveText("Ice");
  await aliceContext.close();
  await bobContext.close();
});
