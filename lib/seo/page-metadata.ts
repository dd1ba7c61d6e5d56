import { localeAlternates } from "@/lib/i18n/alternates";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import type { Metadata } from "next";

/**
 * Title, description, canonical URL, hreflang alternates and OpenGraph for a page that exists
 * in every locale (`path` is what follows the locale prefix).
 */
export function pageMetadata(input: {
  locale: string;
  path: string;
  title?: string;
  description: string;
  type?: "website" | "article";
}): Metadata {
  const { locale, path, title, description, type = "website" } = input;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: localeAlternates(locale, path),
    openGraph: {
      type,
      ...(title ? { title } : {}),
      description,
      url: `/${locale}${path}`,
      siteName: "Si opp",
      locale: htmlLangOf(locale).replace("-", "_"),
    },
  };
}
