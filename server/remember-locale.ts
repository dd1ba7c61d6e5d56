import { parseCookie, stringifyCookie } from "cookie";
import { isPageLoad, localeCookie, localeCookieAttributes } from "@/lib/i18n/locale-cookie";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Remembers the language of a page the reader loads (for the next bare URL), as proxy.ts does,
 * but before Next sees the request: a reader's first page, and every page a crawler loads, would
 * otherwise run Next's proxy machinery, which costs a prerendered guide about a third of its
 * throughput. The cookie is set on the response and put into the request as well, so the request
 * reads as what the reader's next ones will be, and the proxy's matcher (which runs it only while
 * the cookie does not name the page's language) skips it. A response that sets cookies of its own through Next (a form posted without
 * JavaScript to the sign-in page) replaces this header: the language is then remembered at the
 * reader's next page load instead.
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
  const { [localeCookie]: _replaced, ...others } = cookies;
  req.headers.cookie = stringifyCookie({ ...others, [localeCookie]: locale });
}

const singleHeader = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value[0] : value;
