import { expect, type Page } from "@playwright/test";
import { catalogs, type Locale } from "./catalogs";

/** Deletes the signed-in account the way a person does: account page, tick, confirm. */
export async function deleteAccount(page: Page, locale: Locale = "en"): Promise<void> {
  const t = catalogs[locale].tracker.accountPage;
  await page.goto(`/${locale}/tracker/account`);
  await page.getByRole("link", { name: t.delete }).click();
  await page.getByLabel(t.deleteCheckbox).check();
  await page.getByRole("button", { name: t.deleteYes }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account-deleted$`));
}
