const base = "http://return-path.invalid";

/**
 * Where to go after signing in, from a `callbackUrl` someone else may have written: a path on
 * this site in the reader's locale, or null. The value is resolved first (dot segments, `%2e%2e`)
 * and the *resolved* path is checked, so `/en/..//evil.example` cannot pass as an `/en/` path and
 * come out as `//evil.example`. Control characters (a CR LF would end up in the Location header)
 * and backslashes (browsers read `\` as `/`) are refused outright.
 */
export function safeReturnPath(value: unknown, locale: string): string | null {
  if (typeof value !== "string" || value.length > 2048 || !value.startsWith("/")) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  const path = url.pathname;
  if (path !== `/${locale}` && !path.startsWith(`/${locale}/`)) return null;
  // `/en//evil.example` resolves to itself; a router that squashed slashes would not mind, but a
  // browser given `//…` after a prefix strip would: no empty segment right after the locale.
  if (path.startsWith(`/${locale}//`)) return null;
  return path + url.search + url.hash;
}
