import { parseCookie } from "cookie";
import { localeCookie } from "@/lib/i18n/locale-cookie";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Every page lives under a locale prefix: a path without one (`/`, `/guides/x?y=1`) is sent to
 * the reader's language, the remembered choice first, then Accept-Language. Done before Next,
 * by both servers (server/locale-steps.ts), rather than by a Next proxy: one implementation for
 * development and production, and no static matcher that must name every locale.
 *
 * Left alone: API routes, Next's own paths (`_next`, and the dev server's `__nextjs_…`), and
 * files (a dot anywhere: icons, robots.txt, sitemap.xml). The first segment is compared as
 * received: an encoded locale (`/%65n/guides`) is sent under a prefix like any other path, so
 * whatever reaches Next names its language in plain text, as the steps after this one read it.
 */
export function redirectWithoutLocale(
  req: IncomingMessage,
  res: ServerResponse,
  options: { locales: readonly string[]; defaultLocale: string; headers?: Record<string, string> },
): boolean {
  const target = localeTarget(req, options.locales, options.defaultLocale);
  if (target === null) return false;
  res
    .writeHead(307, {
      ...options.headers,
      Location: target,
      // The answer depends on both: a shared cache must not hand one reader's language to another.
      Vary: "Accept-Language, Cookie",
      "Cache-Control": "private, no-store",
    })
    .end();
  return true;
}

/** Where a request without a locale prefix goes (a path and query), or null if it has one. */
export function localeTarget(
  req: Pick<IncomingMessage, "url" | "headers">,
  locales: readonly string[],
  defaultLocale: string,
): string | null {
  const url = req.url ?? "/";
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!pathname.startsWith("/")) return null; // `*`, absolute forms: not a page (Next answers)
  const first = pathname.split("/")[1]!;
  if (locales.includes(first) || first === "api" || first.startsWith("_")) return null;
  if (pathname.includes(".")) return null;

  const cookies = parseCookie(req.headers.cookie ?? "");
  const locale = negotiateLocale({
    cookie: cookies[localeCookie],
    acceptLanguage: req.headers["accept-language"] ?? null, // Node joins repeated ones
    locales,
    defaultLocale,
  });
  return `/${locale}${pathname === "/" ? "" : pathname}${queryAt === -1 ? "" : url.slice(queryAt)}`;
}
