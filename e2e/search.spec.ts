import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("search finds Telenor from 'telenor', without JavaScript", async ({ page }) => {
  await page.goto("/en");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Search" })
    .click();
  await page.getByRole("searchbox", { name: "Search" }).fill("telenor");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=telenor/);
  const first = page
    .getByRole("region", { name: /results? for/ })
    .getByRole("link")
    .first();
  await expect(first).toHaveText(/^Cancelling with Telenor/);
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancelling with Telenor");
});

test("a Chinese query without spaces finds Telenor and the porting guide", async ({ page }) => {
  await page.goto("/zh/search?q=" + encodeURIComponent("分期付款"));
  await expect(page.getByRole("link", { name: /^在 Telenor 注销套餐/ })).toBeVisible();
  await page.goto("/zh/search?q=" + encodeURIComponent("携号转网"));
  await expect(
    page.getByRole("link", { name: /^想保留号码？办携号转网，别先注销/ }).first(),
  ).toBeVisible();
});

test("a query with no match says so and keeps what was typed", async ({ page }) => {
  await page.goto("/en/search?q=zzzzqqq");
  await expect(page.getByText("Nothing matched.")).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("zzzzqqq");
});

test("what people type finds the section that answers it, quoted, and the link lands there", async ({
  page,
}) => {
  await page.goto("/zh/search?q=" + encodeURIComponent("SIM卡丢了"));
  const results = page.getByRole("region", { name: /SIM卡丢了/ });
  const first = results.getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveAttribute(
    "href",
    "/zh/guides/cancel-mobile-subscription#lost-sim",
  );
  await expect(first).toContainText("停用");
  await first.getByRole("link").click();
  await expect(page).toHaveURL(/#lost-sim$/);
  await expect(page.getByRole("heading", { name: /SIM 卡或手机丢了/ })).toBeInViewport();
});

test("Chinese glued to a brand name finds the brand", async ({ page }) => {
  await page.goto("/zh/search?q=" + encodeURIComponent("telenor注销"));
  await expect(
    page
      .getByRole("listitem")
      .getByRole("link", { name: /Telenor/ })
      .first(),
  ).toBeVisible();
});
