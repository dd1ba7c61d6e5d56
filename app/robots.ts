import { locales } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/site-url";
import type { MetadataRoute } from "next";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...locales.map((locale) => `/${locale}/search`)],
    },
    sitemap: new URL("/sitemap.xml", siteUrl).toString(),
  };
}
