import { htmlLangOf } from "./html-lang";
import { defaultLocale, locales } from "./locales";
import type { Metadata } from "next";

/**
 * Canonical URL plus one hreflang alternate per locale for a path that exists in every locale
 * (`path` is what follows the locale prefix, "" for the home page). Language tags come from the
 * catalogs (`zh` is written `zh-Hans`), with x-default pointing at the default locale.
 */
export function localeAlternates(locale: string, path: string): Metadata["alternates"] {
  const languages: Record<string, string> = {};
  for (const each of locales) languages[htmlLangOf(each)] = `/${each}${path}`;
  languages["x-default"] = `/${defaultLocale}${path}`;
  return { canonical: `/${locale}${path}`, languages };
}
