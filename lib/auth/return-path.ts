const base = "http://return-path.invalid";

/**
 * Where to go after signing in, from a `callbackUrl` someone else may have written: a path on
 * this site in the reader's locale, or null. Control characters (a CR LF would end up in the
 * Location header), backslashes and anything that resolves to another origin are refused.
 */
export function safeReturnPath(value: unknown, locale: string): string | null {
  if (typeof value !== "string" || value.length > 2048) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  if (
    value !== `/${locale}` &&
    !value.startsWith(`/${locale}/`) &&
    !value.startsWith(`/${locale}?`)
  )
    return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  return url.origin === base ? url.pathname + url.search + url.hash : null;
}
