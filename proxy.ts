import { NextResponse, type NextRequest } from "next/server";
import { defaultLocale, isLocale, localeCookie, locales } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";

const oneYear = 60 * 60 * 24 * 365;

/**
 * Every page lives under a locale prefix. A path without one is redirected to the reader's
 * language; a visit to a prefixed page remembers that language for the next bare URL.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const firstSegment = pathname.split("/")[1];
  const remembered = request.cookies.get(localeCookie)?.value;

  if (isLocale(firstSegment)) {
    const response = NextResponse.next();
    if (remembered !== firstSegment) {
      response.cookies.set(localeCookie, firstSegment, { path: "/", maxAge: oneYear, sameSite: "lax" });
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

export const config = {
  // Skip API routes, Next internals and files with an extension (icons, robots.txt…).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
