import { expect, test } from "@playwright/test";
import { allPages } from "./site-pages";

test("sitemap.xml lists every page in every locale", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
  const expected = (await allPages()).filter(
    (path) => !path.includes("?") && !path.includes("/sign-in"),
  );
  for (const path of expected) expect(listed, path).toContain(path);
});

test("robots.txt allows crawling and points at the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("Allow: /");
  expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("a guide has OpenGraph, HowTo and breadcrumb structured data", async ({ page }) => {
  await page.goto("/en/guides/cancel-mobile-subscription");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "Cancelling a Norwegian mobile subscription or SIM card",
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  const data = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.map((n) => JSON.parse(n.textContent!)));
  const types = data.map((d) => d["@type"]);
  expect(types).toEqual(expect.arrayContaining(["HowTo", "BreadcrumbList"]));
  const howTo = data.find((d) => d["@type"] === "HowTo");
  expect(howTo.step[0].url).toMatch(/#before-you-cancel$/);
});

test("an operator guide lists sources and says where to confirm what is not verified", async ({
  page,
}) => {
  await page.goto("/en/operators/telia");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancelling with Telia");
  await expect(
    page.getByRole("note").filter({ hasText: "Confirm with Telia" }).first(),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Telia's website" }).first()).toHaveAttribute(
    "href",
    "https://www.telia.no/",
  );
  await expect(page.locator("section.guide-sources li").first()).toBeVisible();
});

test("a glossary term in a guide links to its explanation", async ({ page }) => {
  await page.goto("/zh/guides/cancel-mobile-subscription");
  await page.locator('a[href="/zh/glossary#bindingstid"]').first().click();
  await expect(page).toHaveURL(/\/zh\/glossary#bindingstid$/);
  await expect(page.locator("#bindingstid")).toContainText("合约期");
});
