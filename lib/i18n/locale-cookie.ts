/** The cookie that remembers the reader's language choice (safe to import in the browser). */
export const localeCookie = "NEXT_LOCALE";
/** How long the choice is remembered, in seconds: a year. */
export const localeCookieMaxAge = 60 * 60 * 24 * 365;
