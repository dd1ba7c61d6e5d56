import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { contentSecurityPolicy, inlineScriptHashes } from "./security-headers";
import type { BuildOutput } from "./build-output";
import type { IncomingMessage } from "node:http";

/**
 * Unknown paths under a locale (`/en/wp-login.php`, `/zh/old-link`, `/en/guides/typo`) are what
 * crawlers and stale links request most. Next renders its not-found page for each of them, per
 * request, and puts the page only in the RSC payload (blank without JavaScript). The build
 * prerenders the localized page once per locale instead (`/{locale}/404`,
 * app/[locale]/404/page.tsx) and the production server answers with that file, status 404,
 * when the build's own route tables say no route has the path:
 * - only the catch-all `[...rest]` matches it (Next's own route regexes), or
 * - it matches a route whose pages are all prerendered (`dynamicParams = false`) and is not one
 *   of them.
 * The route tables come from server/build-output.ts, which checks their shape at start.
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
  build: BuildOutput,
  projectDir: string,
  locales: readonly string[],
  https: boolean,
): NotFoundPages {
  const prerendered = new Set(build.prerenderedPaths);
  // Routes whose every page is prerendered (dynamicParams = false): a path they match that is not
  // among those pages is a 404, so they are left out of the routes that could render a path.
  // Case-insensitive on purpose: when in doubt, Next decides.
  const renderingRoutes = build.routes
    .filter((r) => r.page !== catchAllRoute && !build.onlyPrerendered.has(r.page))
    .map((r) => new RegExp(r.regex, "i"));
  const files = new Set(publicFiles(path.join(projectDir, "public")));
  const pages = new Map<string, NotFoundPage>();
  for (const locale of locales) {
    const html = build.prerenderedHtml(`/${locale}/${notFoundSegment}`);
    if (html === null) continue; // Next renders it per request instead
    pages.set(locale, {
      html: Buffer.from(html, "utf8"),
      contentSecurityPolicy: contentSecurityPolicy(inlineScriptHashes(html), https),
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
