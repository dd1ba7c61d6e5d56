import { expect, test } from "@playwright/test";
import { allPages } from "./site-pages";

const pages = await allPages();

test.use({ viewport: { width: 360, height: 740 } });

// One page visits them all, in two halves (one per worker): a fresh browser context per path
// cost more than the check itself. Soft assertions name every path that scrolls, not the first.
const halves = [pages.filter((_, i) => i % 2 === 0), pages.filter((_, i) => i % 2 === 1)];
for (const [half, paths] of halves.entries()) {
  test(`360 px wide: no page scrolls sideways (pages ${half + 1} of 2)`, async ({ page }) => {
    test.slow();
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}
