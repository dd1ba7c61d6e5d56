import { createCase, expect, test } from "./fixtures";
import type { Page, Request } from "@playwright/test";

/**
 * Next prefetches the links in view once a page is idle. A prefetch of a page rendered per request
 * is a server render for a page the reader may never open (on the dashboard, one per case), so the
 * app's links prefetch only prerendered pages (components/ui/link.tsx). Checked from what the
 * server answers, not from the app's list of such pages, so a new per-request page linked from
 * these pages fails here.
 */
async function prefetchesOf(page: Page, path: string): Promise<Request[]> {
  const prefetches: Request[] = [];
  const collect = (request: Request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request);
  };
  page.on("request", collect);
  // The guides link is in every page's header: once it is prefetched, the page's prefetching ran.
  const headerPrefetch = page.waitForRequest(
    (r) => !!r.headers()["next-router-prefetch"] && new URL(r.url()).pathname.endsWith("/guides"),
  );
  await page.goto(path);
  await headerPrefetch;
  await page.waitForLoadState("networkidle");
  page.off("request", collect);
  return prefetches;
}

test("every prefetch on the home page, a guide, an operator page, the dashboard and a case page is answered from the prerendered pages", async ({
  page,
  context,
  signedIn: _,
}) => {
  const caseId = await createCase(context.request, { provider: "telia" });
  await createCase(context.request, { provider: "ice" });
  for (const path of [
    "/en",
    "/zh/guides/cancel-mobile-subscription",
    "/en/operators/telia",
    "/en/tracker",
    `/en/tracker/${caseId}`,
  ]) {
    const prefetches = await prefetchesOf(page, path);
    expect(prefetches.length, path).toBeGreaterThan(0);
    for (const request of prefetches) {
      const response = await request.response();
      expect(response?.headers()["x-nextjs-prerender"], `${path} prefetched ${request.url()}`).toBe(
        "1",
      );
    }
  }
  // Without a prefetch, a card's link still navigates in place.
  await page.goto("/en/tracker");
  await page.getByRole("link", { name: "Telia" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/tracker/${caseId}$`));
});
