import { expect, test } from "@playwright/test";

test("English home explains the site and starts at the general guide", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /Cancel a Norwegian phone subscription/,
  );
  await page.getByRole("link", { name: /Start here/ }).click();
  await expect(page).toHaveURL(/\/en\/guides\/cancel-mobile-subscription$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Cancelling a Norwegian mobile subscription or SIM card",
  );
});

test("Chinese home is in Chinese and lists the guides", async ({ page }) => {
  await page.goto("/zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("在挪威注销手机号，不踩坑");
  await expect(
    page.getByRole("link", { name: "在挪威注销手机套餐或 SIM 卡：通用指南" }),
  ).toBeVisible();
  await expect(page.getByText("与任何电信运营商均无关联")).toBeVisible();
});

test("header and footer are on every page with the disclaimers", async ({ page }) => {
  await page.goto("/en/guides");
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guides" }),
  ).toBeVisible();
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("not affiliated with any mobile operator");
  await expect(footer).toContainText("not legal advice");
  await expect(footer).toContainText(/Content last reviewed on \w+ \d+, \d{4}/);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
