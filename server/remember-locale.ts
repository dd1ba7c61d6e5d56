import { parseCookie } from "cookie";
import { isPageLoad, localeCookie, localeCookieAttributes } from "@/lib/i18n/locale-cookie";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Remembers the language of a page the reader loads (for the next bare URL), as proxy.ts does,
 * but before Next sees the request: a reader's first page, and every page a crawler loads, would
 * otherwise run Next's proxy machinery, which costs a prerendered guide about a third of its
 * throughput. The cookie is set on the response and put into the request as well, so the request
 * reads as what the reader's next ones will be, and the proxy's matcher (which runs it only while
 * the cookie does not name the page's language) skips it. A response that sets cookies of its
 * own through Next (a form posted without JavaScript: sign-in, sign-out) replaces this header:
 * the language is then remembered at the reader's next page load instead.
 */
export function rememberLocale(
  req: IncomingMessage,
  res: ServerResponse,
  locales: readonly string[],
): void {
  const [pathname = "/"] = (req.url ?? "/").split("?");
  const [, locale] = pathname.split("/");
  // Files (a dot anywhere after the prefix) are left alone, as by the proxy's matcher.
  if (!locale || !locales.includes(locale) || pathname.slice(locale.length + 1).includes("."))
    return;
  const cookies = parseCookie(req.headers.cookie ?? "");
  if (cookies[localeCookie] === locale || !isPageLoad(singleHeader(req.headers["sec-fetch-dest"])))
    return;
  res.appendHeader("Set-Cookie", `${localeCookie}=${locale}; ${localeCookieAttributes}`);
  req.headers.cookie = withLocaleCookie(req.headers.cookie ?? "", locale);
}

/**
 * The request's Cookie header with the language cookie replaced, every other pair as the client
 * sent it. Edited as text: rebuilding it from parsed pairs re-encoded values, kept only the first
 * of a repeated name (the session cookie among them) and threw on a name with a space, which
 * left the request unanswered.
 */
function withLocaleCookie(header: string, locale: string): string {
  const others = header
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair !== "" && pair.split("=", 1)[0]!.trim() !== localeCookie);
  return [...others, `${localeCookie}=${locale}`].join("; ");
}

const singleHeader = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value[0] : value;
