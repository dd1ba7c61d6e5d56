import { NextResponse, type NextRequest } from "next/server";
import { isPageLoad, localeCookieOptions } from "@/lib/i18n/locale-cookie";
import { defaultLocale, isLocale, localeCookie, locales } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { isTrackerPath, requestPathHeader } from "@/lib/request-path";

/**
 * Every page lives under a locale prefix. A path without one is redirected to the reader's
 * language; loading a prefixed page remembers that language for the next bare URL (the language
 * switch also sets it on click, for client-side navigations). Signed-in pages also learn their
 * own path (layouts are not told it), so a sign-in comes back to it. The production server does
 * the last two itself for page loads, before Next (server/remember-locale.ts,
 * server/tracker-path.ts); there this runs for paths without a locale and for background fetches
 * of a page in a language the cookie does not name.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const firstSegment = pathname.split("/")[1];
  const remembered = request.cookies.get(localeCookie)?.value;

  if (isLocale(firstSegment)) {
    let response: NextResponse;
    // Decoded: Next routes `/en/%74racker` to the tracker too. This overwrites whatever the
    // request carried; under `next dev` a client's own value reaches the page only when the
    // matcher skipped the proxy for it (lib/request-path.ts).
    if (isTrackerPath(pathname, firstSegment)) {
      const headers = new Headers(request.headers);
      headers.set(requestPathHeader, pathname + search);
      response = NextResponse.next({ request: { headers } });
    } else {
      response = NextResponse.next();
    }
    // Remember the language of a page the reader loads. The production server already did this
    // before Next saw the request (server/remember-locale.ts); here it is done under `next dev`.
    if (remembered !== firstSegment && isPageLoad(request.headers.get("sec-fetch-dest"))) {
      // Through `cookies` (not a raw header): Next keeps cookies a proxy sets even when the page
      // or action sets cookies of its own.
      response.cookies.set(localeCookie, firstSegment, localeCookieOptions);
    }
    return response;
  }

  const locale = negotiateLocale({
    cookie: remembered,
    acceptLanguage: request.headers.get("accept-language"),
    locales,
    defaultLocale,
  });
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  const response = NextResponse.redirect(target, 307);
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

// The matcher is static (Next reads it at build time), so it names the locales: proxy.test.ts
// fails when a catalog is added to messages/ without its two entries here.
export const config = {
  matcher: [
    // Paths without a locale prefix: redirected to the reader's language. API routes, Next
    // internals and files with an extension (icons, robots.txt…) are left alone.
    "/((?!api|_next|_vercel|(?:en|zh)(?:/|$)|.*\\..*).*)",
    // Signed-in pages, to learn their own path, unless the production server has passed it
    // (server/tracker-path.ts; the header's name is lib/request-path.ts's `requestPathHeader`).
    {
      source: "/(en|zh)/tracker(/.*)?",
      missing: [{ type: "header", key: "x-si-opp-path" }],
    },
    // Any other prefixed page only when the locale cookie does not already name its language:
    // a reader's second page skips the proxy entirely (Next checks the cookie before invoking
    // it), which is most of the cost of serving a prerendered guide.
    {
      source: "/en((?:/(?!.*\\.).*)?)",
      missing: [{ type: "cookie", key: "NEXT_LOCALE", value: "en" }],
    },
    {
      source: "/zh((?:/(?!.*\\.).*)?)",
      missing: [{ type: "cookie", key: "NEXT_LOCALE", value: "zh" }],
    },
  ],
};
