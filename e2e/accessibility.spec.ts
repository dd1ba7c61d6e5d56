import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { watchCspViolations } from "./csp";
import { allPages } from "./site-pages";

const pages = await allPages();
// axe checks the contrast of every visible element: on the general guide (its sources and their
// quotes, in Chinese) that alone takes 20–30 s on a 2-core machine, so these tests get three
// times the usual 30 s.
test.slow();
// Dark mode changes colours only, so one page of each kind is enough to catch contrast bugs.
const darkSamples = [
  "/en",
  "/zh/guides/cancel-mobile-subscription",
  "/en/operators",
  "/zh/operators/ice",
  "/en/helper?keep=no&type=prepaid&binding=unsure&recent=yes",
  "/zh/search?q=bankid",
  "/en/glossary",
];

for (const path of pages) {
  // Every page is loaded here anyway, so this is also where no page may log a CSP violation.
  test(`axe: no serious or critical violation (and no CSP violation) on ${path}`, async ({
    page,
  }) => {
    const csp = watchCspViolations(page);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
  });
}

for (const path of darkSamples) {
  test(`axe in dark mode: ${path}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
