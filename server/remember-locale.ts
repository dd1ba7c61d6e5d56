import { parseCookie } from "cookie";
import { isPageLoad, localeCookie, localeCookieAttributes } from "@/lib/i18n/locale-cookie";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Remembers the language of a page the reader loads, for the next bare URL
 * (server/locale-redirect.ts reads it). Done by both servers before Next sees the request, for
 * every page under a locale prefix. A response that sets cookies of its own through Next (a form
 * posted without JavaScript: sign-in, sign-out) replaces this header: the language is then
 * remembered at the reader's next page load instead. The language switch also sets it on click,
 * for client-side navigations (components/layout/language-switch.tsx).
 */
export function rememberLocale(
  req: IncomingMessage,
  res: ServerResponse,
  locales: readonly string[],
): void {
  const [pathname = "/"] = (req.url ?? "/").split("?");
  const [, locale] = pathname.split("/");
  // Files (a dot anywhere after the prefix) are left alone: an image is no choice of language.
  if (!locale || !locales.includes(locale) || pathname.slice(locale.length + 1).includes("."))
    return;
  const cookies = parseCookie(req.headers.cookie ?? "");
  if (cookies[localeCookie] === locale || !isPageLoad(singleHeader(req.headers["sec-fetch-dest"])))
    return;
  res.appendHeader("Set-Cookie", `${localeCookie}=${locale}; ${localeCookieAttributes}`);
}

const singleHeader = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value[0] : value;
