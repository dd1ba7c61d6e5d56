import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { contentSecurityPolicy, inlineScriptHashes } from "./security-headers";
import type { IncomingMessage } from "node:http";

/**
 * Unknown paths under a locale (`/en/wp-login.php`, `/zh/old-link`, `/en/guides/typo`) are what
 * crawlers and stale links request most. Next renders its not-found page for each of them, per
 * request, and puts the page only in the RSC payload (blank without JavaScript). The build
 * prerenders the localized page once per locale instead (`/{locale}/404`,
 * app/[locale]/404/page.tsx) and the production server answers with that file, status 404,
 * when the build's own route tables say no route has the path:
 * - only the catch-all `[...rest]` matches it (routes-manifest.json, Next's own regexes), or
 * - it matches a route whose pages are all prerendered (`dynamicParams = false`, listed in
 *   prerender-manifest.json) and is not one of them.
 * Anything less certain (a route that could render it, an encoded path, a path Next redirects or
 * normalizes first — trailing slash, `//`, `\`, `.` or `..` segments —, a router fetch, another
 * method) is left to Next.
 */
export type NotFoundPages = {
  /** The prerendered page to answer with, or null when Next must handle the request. */
  pageFor(req: Pick<IncomingMessage, "method" | "url" | "headers">): NotFoundPage | null;
};

/** The page's HTML and the CSP that allows exactly its inline scripts (by hash, as for any prerendered page). */
export type NotFoundPage = { html: Buffer; contentSecurityPolicy: string };

type RoutesManifest = {
  staticRoutes: { page: string; regex: string }[];
  dynamicRoutes: { page: string; regex: string }[];
};
type PrerenderManifest = {
  routes: Record<string, unknown>;
  dynamicRoutes: Record<string, { fallback: unknown; routeRegex: string }>;
};

const catchAllRoute = "/[locale]/[...rest]";
const notFoundSegment = "404"; // app/[locale]/404/page.tsx

function publicFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? publicFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`)
      : [`${prefix}/${entry.name}`],
  );
}

/** A path Next would take as it is: no encoding, no trailing slash, no `//`, `\` or dot segments. */
function isPlainPath(pathname: string): boolean {
  return !/%|\\|\/\/|\/$|(^|\/)\.\.?(\/|$)/.test(pathname);
}

export function readNotFoundPages(
  projectDir: string,
  locales: readonly string[],
  https: boolean,
): NotFoundPages {
  const distDir = path.join(projectDir, ".next");
  const readJson = <T>(file: string) =>
    JSON.parse(readFileSync(path.join(distDir, file), "utf8")) as T;
  const routesManifest = readJson<RoutesManifest>("routes-manifest.json");
  const prerenderManifest = readJson<PrerenderManifest>("prerender-manifest.json");
  const prerendered = new Set(Object.keys(prerenderManifest.routes));
  // Routes whose every page is prerendered (dynamicParams = false): a path they match that is not
  // among those pages is a 404, so they are left out of the routes that could render a path.
  const onlyPrerendered = new Set(
    Object.entries(prerenderManifest.dynamicRoutes)
      .filter(([, r]) => r.fallback === false)
      .map(([page]) => page),
  );
  // Case-insensitive on purpose: when in doubt, Next decides.
  const renderingRoutes = [...routesManifest.staticRoutes, ...routesManifest.dynamicRoutes]
    .filter((r) => r.page !== catchAllRoute && !onlyPrerendered.has(r.page))
    .map((r) => new RegExp(r.regex, "i"));
  const files = new Set(publicFiles(path.join(projectDir, "public")));
  const pages = new Map<string, NotFoundPage>();
  for (const locale of locales) {
    const file = path.join(distDir, "server", "app", locale, `${notFoundSegment}.html`);
    if (!existsSync(file)) continue; // Next renders it per request instead
    const html = readFileSync(file);
    pages.set(locale, {
      html,
      contentSecurityPolicy: contentSecurityPolicy(
        inlineScriptHashes(html.toString("utf8")),
        https,
      ),
    });
  }

  return {
    pageFor({ method, url = "/", headers }) {
      if (method !== "GET" && method !== "HEAD") return null;
      // Router fetches (client navigations, prefetches) want an RSC payload, not HTML.
      if (headers["rsc"] !== undefined || headers["next-router-prefetch"] !== undefined)
        return null;
      const [pathname = "/", query] = url.split("?", 2);
      if (query?.includes("_rsc=") || !isPlainPath(pathname)) return null;
      const locale = pathname.split("/")[1] ?? "";
      const page = pages.get(locale);
      if (!page || pathname === `/${locale}` || files.has(pathname)) return null;
      if (prerendered.has(pathname))
        return pathname === `/${locale}/${notFoundSegment}` ? page : null;
      return renderingRoutes.some((route) => route.test(pathname)) ? null : page;
    },
  };
}
