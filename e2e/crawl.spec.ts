import { expect, test } from "@playwright/test";
import { locales } from "./site-pages";

// Follows every internal link from each home page: nothing the site links to may be missing.
test("a crawl from the home pages finds no broken internal link", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const queue = locales.map((locale) => `/${locale}`);
  const seen = new Set(queue);
  const broken: string[] = [];

  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    const html = await response.text();
    for (const [, href] of html.matchAll(/<a[^>]+href="([^"]+)"/g)) {
      const url = new URL(href!.replaceAll("&amp;", "&"), origin + path);
      if (url.origin !== origin) continue;
      const target = url.pathname + url.search;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  expect(broken).toEqual([]);
  // Guides, operators, glossary, helper and search in both languages at the very least.
  expect(seen.size).toBeGreaterThan(40);
});
