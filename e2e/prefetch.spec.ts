import { createCase, expect, test } from "./fixtures";
import type { Page, Request } from "@playwright/test";

/**
 * Next prefetches the links near the viewport once a page is idle. A prefetch of a page rendered
 * per request is a server render for a page the reader may never open (on the dashboard, one per
 * case), so the app's links prefetch only prerendered pages (components/ui/link.tsx). Checked from
 * what the server answers, not from the app's list of such pages, so a new per-request page linked
 * from these pages fails here. The viewport is tall enough to bring every link on them into view.
 */
test.use({ viewport: { width: 1280, height: 6000 } });

/** Router fetches: prefetches carry `next-router-prefetch`, and a `prefetch={true}` one only `rsc`. */
const isRouterFetch = (request: Request) =>
  !!request.headers()["next-router-prefetch"] || !!request.headers()["rsc"];

async function prefetchesOf(page: Page, path: string): Promise<Request[]> {
  const prefetches: Request[] = [];
  const collect = (request: Request) => {
    if (isRouterFetch(request)) prefetches.push(request);
  };
  page.on("request", collect);
  // The guides link is in every page's header: once it is prefetched, the page's prefetching ran.
  const headerPrefetch = page.waitForRequest(
    (r) => isRouterFetch(r) && new URL(r.url()).pathname.endsWith("/guides"),
  );
  await page.goto(path);
  await headerPrefetch;
  // Settled: the network went idle and no prefetch was added in the last half second.
  for (let seen = -1; seen !== prefetches.length;) {
    seen = prefetches.length;
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
  }
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
