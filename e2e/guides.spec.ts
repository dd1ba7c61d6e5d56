import { expect, test } from "@playwright/test";
import { pageScriptSources } from "@/test/page-scripts";
import { rawRequest } from "./http";
import { catalogs } from "./pages/catalogs";
import { allGuides } from "./site-pages";

const guides = await allGuides();

test("there is content to test", () => {
  expect(guides.length).toBeGreaterThanOrEqual(2);
});

for (const guide of guides) {
  test(`${guide.locale}/${guide.slug} renders its title, sections and sources`, async ({
    page,
  }) => {
    const response = await page.goto(`/${guide.locale}/guides/${guide.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(guide.frontmatter.title);

    for (const heading of guide.headings) {
      await expect(page.locator(`h${heading.depth}#${heading.id}`)).toHaveText(heading.text);
    }

    const sources = page.locator("section.guide-sources li");
    await expect(sources).toHaveCount(guide.frontmatter.sources.length);
    for (const source of guide.frontmatter.sources) {
      await expect(page.locator(`#source-${source.id} a`)).toHaveAttribute("href", source.url);
    }
    // Every citation in the text points at an entry of the list.
    const citeTargets = await page
      .locator("sup.cite a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(citeTargets.length).toBe(guide.citedSourceIds.length);
    for (const target of citeTargets) await expect(page.locator(target!)).toHaveCount(1);
    // A term inside brackets shows the Norwegian word alone: never "x (kodebrikke (x))".
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/\([^()\n]*\([^()\n]*\)[^()\n]*\)/);
    expect(text).not.toMatch(/（[^（）\n]*（[^（）\n]*）[^（）\n]*）/);
  });
}

test("a table-of-contents link jumps to its section", async ({ page }) => {
  await page.goto("/en/guides/cancel-mobile-subscription");
  await page
    .getByRole("navigation", { name: "On this page" })
    .getByRole("link", { name: "Complaints" })
    .click();
  await expect(page).toHaveURL(/#complaints$/);
  await expect(page.locator("h2#complaints")).toBeInViewport();
});

test("an unknown guide is a real 404 on the first request", async ({ request, page }) => {
  const response = await request.get("/en/guides/no-such-guide-123");
  expect(response.status()).toBe(404);
  const pageResponse = await page.goto("/zh/guides/another-missing-guide");
  expect(pageResponse?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到页面");
});

test("any unknown path under a locale is a 404; a path Next normalizes still reaches its page", async ({
  request,
}) => {
  expect((await request.get("/en/does/not/exist")).status()).toBe(404);
  const doubled = await rawRequest("/en//guides/cancel-mobile-subscription");
  expect(doubled.status).toBe(308);
  expect(doubled.headers.location).toBe("/en/guides/cancel-mobile-subscription");
});

// The server answers these from the prerendered /{locale}/404 page (server/not-found-page.ts):
// complete HTML, not the empty shell Next renders for notFound(), and no per-request nonce.
test("the not-found page is complete without JavaScript, in the reader's language, and never indexed", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const en = { heading: "Page not found", link: "See all guides" };
  const zh = { heading: "找不到页面", link: "查看全部指南" };
  for (const [path, text] of [
    ["/en/does/not/exist", en],
    ["/zh/guides/another-missing-guide", zh],
    ["/zh/operators/no-such-operator", zh],
    ["/en/404", en],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(text.heading);
    await expect(page.getByRole("link", { name: text.link }), path).toBeVisible();
    expect(await page.locator('meta[name="robots"]').getAttribute("content"), path).toContain(
      "noindex",
    );
    expect(await page.locator('link[rel="canonical"]').count(), path).toBe(0);
    expect(response?.headers()["content-security-policy"], path).toMatch(/'sha256-/);
    expect(response?.headers()["content-security-policy"], path).not.toContain("nonce-");
  }
  await context.close();
});

test("guide and operator pages are prerendered, not rendered per request", async ({ request }) => {
  for (const path of ["/en/guides/cancel-mobile-subscription", "/zh/operators/telenor", "/en"]) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toContain("s-maxage");
  }
});

// The error boundary and the header ship with every page. The guide's JavaScript is Next's own
// plus a few KiB (bench: "JavaScript per page"); these two libraries once added 21 KiB gz to it,
// pulled in by the error boundary. Each is recognized by a name its minified code keeps.
test("a guide ships neither next-intl's message formatter nor tailwind-merge", async ({
  request,
}) => {
  for (const path of ["/zh/guides/cancel-mobile-subscription", "/en/operators/telenor"]) {
    const html = await (await request.get(path)).text();
    const sources = pageScriptSources(html);
    expect(sources.length, path).toBeGreaterThan(3);
    const scripts = await Promise.all(sources.map(async (src) => (await request.get(src)).text()));
    const code = scripts.join("\n");
    expect(code.includes("selectordinal"), `${path} ships intl-messageformat`).toBe(false);
    expect(code.includes("isThemeGetter"), `${path} ships tailwind-merge`).toBe(false);
  }
});

test("the error boundary's words come with every page, formatted by the server in its language", async ({
  request,
}) => {
  // The boundary renders on the client from strings the layout formats (the digest left as a
  // slot, which is also how the catalog writes it); a failed formatting leaves the key instead.
  for (const locale of ["en", "zh"] as const) {
    const html = await (await request.get(`/${locale}/guides/cancel-mobile-subscription`)).text();
    for (const line of Object.values(catalogs[locale].errorPage))
      expect(html, `${locale}: ${line}`).toContain(line);
  }
});

test("the Norwegian sentence to send is selectable text, and the copy button copies it", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/zh/guides/cancel-mobile-subscription#what-to-write");
  const box = page.locator("figure", { has: page.locator("blockquote[lang=nb]") });
  const sentence = await box.locator("blockquote").innerText();
  expect(sentence).toMatch(/^Jeg sier opp mobilabonnementet mitt/);
  await expect(box).toContainText("意思是");
  await box.getByRole("button", { name: "复制挪威语原文" }).click();
  await expect(box.getByRole("button", { name: "已复制" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sentence.trim());
});

test("the safety box is on the home page and the general guide, in the reader's language", async ({
  page,
}) => {
  for (const url of [
    "/zh",
    "/zh/guides/cancel-mobile-subscription",
    "/en",
    "/en/guides/leaving-norway",
  ]) {
    await page.goto(url);
    await expect(
      page
        .getByRole("note")
        .filter({ hasText: /BankID/ })
        .first(),
    ).toContainText(url.startsWith("/zh") ? "代办" : "agent");
  }
});
