import { htmlLangOf } from "@/lib/i18n/html-lang";
import { locales } from "@/lib/i18n/locales";
import { publicPaths } from "@/lib/seo/site-paths";
import { siteUrl } from "@/lib/site-url";
import type { MetadataRoute } from "next";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (locale: string, path: string) => new URL(`/${locale}${path}`, siteUrl).toString();
  const paths = await publicPaths();
  return paths.flatMap(({ path, lastModified }) =>
    locales.map((locale) => ({
      url: url(locale, path),
      ...(lastModified ? { lastModified } : {}),
      alternates: {
        languages: Object.fromEntries(locales.map((each) => [htmlLangOf(each), url(each, path)])),
      },
    })),
  );
}
