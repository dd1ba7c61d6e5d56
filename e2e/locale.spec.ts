import { expect, test } from "@playwright/test";

test.describe("/ picks the reader's language", () => {
  for (const [header, expected] of [
    ["zh-CN,zh;q=0.9", "/zh"],
    ["zh-TW,en;q=0.5", "/zh"],
    ["en-US,en;q=0.9", "/en"],
    ["fr-FR", "/en"],
  ] as const) {
    test(`Accept-Language ${header} → ${expected}`, async ({ request }) => {
      const response = await request.get("/", {
        headers: { "Accept-Language": header },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()["location"]!, "http://base.invalid").pathname).toBe(
        expected,
      );
    });
  }

  test("a path without a locale keeps its path and query", async ({ request }) => {
    const response = await request.get("/guides?x=1", {
      headers: { "Accept-Language": "zh" },
      maxRedirects: 0,
    });
    const location = new URL(response.headers()["location"]!, "http://base.invalid");
    expect(location.pathname + location.search).toBe("/zh/guides?x=1");
  });
});

test("the language switch keeps you on the same page and is remembered", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/en/guides/cancel-mobile-subscription");
  await page
    .getByRole("navigation", { name: "Language" })
    .getByRole("link", { name: "中文" })
    .click();
  await expect(page).toHaveURL(/\/zh\/guides\/cancel-mobile-subscription$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "在挪威注销手机套餐或 SIM 卡：通用指南",
  );

  // The browser says English, but the reader chose Chinese: the bare URL remembers that.
  await page.goto("/");
  await expect(page).toHaveURL(/\/zh$/);

  await page
    .getByRole("navigation", { name: "语言" })
    .getByRole("link", { name: "English" })
    .click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await context.close();
});

test("a router prefetch of a page in another language does not change the remembered language", async ({
  request,
}) => {
  const headers = {
    cookie: "NEXT_LOCALE=en",
    rsc: "1",
    "next-router-prefetch": "1",
    "sec-fetch-dest": "empty",
  };
  const prefetch = await request.get("/zh/guides", { headers, maxRedirects: 0 });
  expect(prefetch.headers()["set-cookie"] ?? "").not.toContain("NEXT_LOCALE");
  const load = await request.get("/zh/guides", {
    headers: { cookie: "NEXT_LOCALE=en", "sec-fetch-dest": "document" },
    maxRedirects: 0,
  });
  expect(load.headers()["set-cookie"]).toContain("NEXT_LOCALE=zh");
  // The tracker's language is remembered too, on its way to sign-in.
  const tracker = await request.get("/zh/tracker", {
    headers: { cookie: "NEXT_LOCALE=en", "sec-fetch-dest": "document" },
    maxRedirects: 0,
  });
  expect(tracker.headers()["set-cookie"]).toContain("NEXT_LOCALE=zh");
  const trackerPrefetch = await request.get("/zh/tracker", { headers, maxRedirects: 0 });
  expect(trackerPrefetch.headers()["set-cookie"] ?? "").not.toContain("NEXT_LOCALE");
});

test("the language switch keeps the helper's answers and the search terms", async ({ page }) => {
  await page.goto("/en/helper?keep=no&type=prepaid&binding=unsure&recent=yes");
  await page
    .getByRole("navigation", { name: "Language" })
    .getByRole("link", { name: "中文" })
    .click();
  await expect(page).toHaveURL(/\/zh\/helper\?keep=no&type=prepaid&binding=unsure&recent=yes$/);
  await page.goto("/zh/search?q=bankid");
  await page
    .getByRole("navigation", { name: "语言" })
    .getByRole("link", { name: "English" })
    .click();
  await expect(page).toHaveURL(/\/en\/search\?q=bankid$/);
  await expect(page.getByRole("searchbox")).toHaveValue("bankid");
});

test("pages declare hreflang alternates and a canonical URL", async ({ page }) => {
  await page.goto("/zh/guides/cancel-mobile-subscription");
  const href = (selector: string) => page.locator(selector).getAttribute("href");
  expect(await href('link[rel="canonical"]')).toMatch(/\/zh\/guides\/cancel-mobile-subscription$/);
  expect(await href('link[rel="alternate"][hreflang="en"]')).toMatch(
    /\/en\/guides\/cancel-mobile-subscription$/,
  );
  expect(await href('link[rel="alternate"][hreflang="zh-Hans"]')).toMatch(
    /\/zh\/guides\/cancel-mobile-subscription$/,
  );
  expect(await href('link[rel="alternate"][hreflang="x-default"]')).toMatch(
    /\/en\/guides\/cancel-mobile-subscription$/,
  );
});
