/** The cookie that remembers the reader's language choice (safe to import in the browser). */
export const localeCookie = "NEXT_LOCALE";
