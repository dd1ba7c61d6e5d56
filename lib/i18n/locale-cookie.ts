/** The cookie that remembers the reader's language choice (safe to import in the browser). */
export const localeCookie = "NEXT_LOCALE";
/** How long the choice is remembered, in seconds: a year. */
export const localeCookieMaxAge = 60 * 60 * 24 * 365;

/** The cookie's attributes, wherever it is set (server/remember-locale.ts, the language switch). */
export const localeCookieAttributes = `Path=/; Max-Age=${localeCookieMaxAge}; SameSite=Lax`;

/**
 * Whether a request loads a page the reader chose (and so says which language they read), as
 * opposed to a router fetch (a prefetch of a link on the page, an RSC payload): a prefetch of a
 * link in the other language, finishing after the reader switched, would otherwise switch them
 * back. Browsers mark a page load `Sec-Fetch-Dest: document` and any fetch `empty`. No header
 * (curl, crawlers) counts as a load.
 */
export function isPageLoad(secFetchDest: string | null | undefined): boolean {
  return secFetchDest == null || secFetchDest === "document";
}
