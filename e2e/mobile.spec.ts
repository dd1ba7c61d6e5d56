import { expect, test } from "@playwright/test";
import { allPages } from "./site-pages";

const pages = await allPages();

test.use({ viewport: { width: 360, height: 740 } });

for (const path of pages) {
  test(`360 px wide: ${path} has no horizontal scroll`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
