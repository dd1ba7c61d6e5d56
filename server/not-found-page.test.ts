import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBuildOutput } from "./build-output";
import { readNotFoundPages, type NotFoundPages } from "./not-found-page";

// A build's output in miniature: the route tables Next writes (regexes as Next generates them),
// with one guide prerendered, and the prerendered 404 page of one locale.
let dir: string;
let pages: NotFoundPages;
const html = `<!DOCTYPE html><html lang="en"><body><h1>Page not found</h1><script>self.__next_f=[]</script></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "not-found-"));
  mkdirSync(path.join(dir, ".next", "server", "app", "en"), { recursive: true });
  mkdirSync(path.join(dir, "public", "en"), { recursive: true });
  writeFileSync(path.join(dir, "public", "en", "leaflet.pdf"), "");
  writeFileSync(path.join(dir, ".next", "server", "app", "en", "404.html"), html);
  writeFileSync(
    path.join(dir, ".next", "routes-manifest.json"),
    JSON.stringify({
      staticRoutes: [{ page: "/robots.txt", regex: "^/robots\\.txt(?:/)?$" }],
      dynamicRoutes: [
        { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
        { page: "/[locale]/404", regex: "^/([^/]+?)/404(?:/)?$" },
        { page: "/[locale]/guides/[slug]", regex: "^/([^/]+?)/guides/([^/]+?)(?:/)?$" },
        { page: "/[locale]/guides/compare", regex: "^/([^/]+?)/guides/compare(?:/)?$" },
        { page: "/[locale]/tracker/[caseId]", regex: "^/([^/]+?)/tracker/([^/]+?)(?:/)?$" },
        { page: "/[locale]/[...rest]", regex: "^/([^/]+?)/(.+?)(?:/)?$" },
      ],
    }),
  );
  writeFileSync(
    path.join(dir, ".next", "prerender-manifest.json"),
    JSON.stringify({
      routes: { "/en": {}, "/en/404": {}, "/en/guides/cancel-mobile-subscription": {} },
      dynamicRoutes: {
        "/[locale]": { fallback: false, routeRegex: "^/([^/]+?)(?:/)?$" },
        "/[locale]/404": { fallback: false, routeRegex: "^/([^/]+?)/404(?:/)?$" },
        "/[locale]/guides/[slug]": {
          fallback: false,
          routeRegex: "^/([^/]+?)/guides/([^/]+?)(?:/)?$",
        },
      },
    }),
  );
  pages = readNotFoundPages(readBuildOutput(dir), dir, ["en", "zh"], true);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  pages.pageFor({ method, url, headers });

describe("the prerendered not-found page", () => {
  it("answers paths no route has, with the page and a CSP for its inline script", () => {
    const unknown = [
      "/en/no-such-page",
      "/en/a/b/c",
      "/en/wp-login.php",
      "/en/old-link?utm=1",
      "/en/guides/x/y",
    ];
    const notPrerendered = ["/en/guides/no-such-guide", "/en/Guides/cancel-mobile-subscription"];
    for (const url of [...unknown, ...notPrerendered, "/en/404"]) {
      const page = get(url);
      expect(page?.html.toString(), url).toBe(html);
      expect(page?.contentSecurityPolicy, url).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/);
      expect(page?.contentSecurityPolicy, url).toContain("upgrade-insecure-requests");
    }
    expect(get("/en/no-such-page", {}, "HEAD")).not.toBeNull();
  });

  it("leaves to Next every path a route renders, even in other letter case", () => {
    // /en/guides/compare: a route that renders per request beside one whose pages are all prerendered.
    for (const url of [
      "/en",
      "/en/guides/cancel-mobile-subscription",
      "/en/guides/compare",
      "/en/tracker/abc",
      "/en/Tracker/abc",
      "/EN/no-such-page",
      "/robots.txt",
    ]) {
      expect(get(url), url).toBeNull();
    }
  });

  it("leaves to Next what it cannot be sure of: encoded and unnormalized paths, router fetches, other methods, files, locales without the page", () => {
    expect(get("/en/a%2Fb")).toBeNull();
    // Next redirects or normalizes these first, and may end on a real page.
    for (const url of [
      "/en/no-such-page/",
      "/en//guides/cancel-mobile-subscription",
      "/en/guides\\cancel-mobile-subscription",
      "/en/./glossary",
      "/en/guides/../glossary",
      "/en/guides/..",
    ]) {
      expect(get(url), url).toBeNull();
    }
    expect(get("/en/")).toBeNull();
    expect(get("/en/no-such-page", { rsc: "1" })).toBeNull();
    expect(get("/en/no-such-page", { "next-router-prefetch": "1" })).toBeNull();
    expect(get("/en/no-such-page?_rsc=abc")).toBeNull();
    expect(get("/en/no-such-page", {}, "POST")).toBeNull();
    expect(get("/en/leaflet.pdf")).toBeNull(); // a file in public/ under a locale folder
    expect(get("/zh/no-such-page")).toBeNull(); // no zh/404.html in this build
    expect(get("/fr/no-such-page")).toBeNull(); // not a locale: server/locale-redirect.ts sends it on
  });
});
