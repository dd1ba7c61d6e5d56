import { expect, type Page } from "@playwright/test";
import { firstLink, waitForMail } from "./mail";

/** Signs in the way a person does: asks for a link, opens it from the received e-mail. */
export async function signInByEmail(
  page: Page,
  email: string,
  locale: "en" | "zh" = "en",
): Promise<string> {
  await page.goto(`/${locale}/sign-in`);
  const requestedAt = Date.now();
  await page.getByLabel(locale === "en" ? "E-mail address" : "电子邮箱").fill(email);
  await page
    .getByRole("button", {
      name: locale === "en" ? "E-mail me a sign-in link" : "把登录链接发到我的邮箱",
    })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in/check-email$`));
  const mail = await waitForMail(email, (m) => (m.date?.getTime() ?? 0) >= requestedAt - 2000);
  const link = firstLink(mail, "/api/auth/callback/");
  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`/${locale}/tracker`));
  return link;
}
