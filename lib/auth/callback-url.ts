import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/site-url";
import { safeReturnPath } from "./return-path";

/**
 * Auth.js's `callbackUrl` (query, form body, its cookie and the redirect callback): a path of
 * this site in one of our locales, or null. Auth.js makes the URL absolute itself, so an
 * absolute URL on SITE_URL's origin is read as its path. Anything else is dropped before Auth.js
 * sees it: Auth.js answers an invalid one with a 500 and logs it as received.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2048) return null;
  // Checked before URL parsing, which silently strips tabs and newlines.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  let path = value;
  if (!value.startsWith("/")) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return null;
    }
    if (url.origin !== siteUrl.origin) return null;
    path = url.pathname + url.search + url.hash;
  }
  const locale = path.split(/[/?#]/)[1];
  return isLocale(locale) ? safeReturnPath(path, locale) : null;
}

/** The locale a safe callback path names (`/zh/tracker` → zh); the default for none. */
export function localeOfPath(path: string | null | undefined): string {
  const first = path?.split(/[/?#]/)[1];
  return isLocale(first) ? first : defaultLocale;
}
