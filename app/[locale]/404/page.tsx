import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import NotFound from "@/app/[locale]/not-found";
import { isLocale } from "@/lib/i18n/locales";
import type { Metadata } from "next";

/**
 * The localized not-found page as a static file per locale (`/{locale}/404`). The production
 * server answers unknown paths with it, with status 404 (server/not-found-page.ts), instead of
 * letting Next render the same page per request. It is an ordinary page on purpose: Next's own
 * rendering of a `notFound()` puts the page only in its RSC payload, so without JavaScript the
 * reader would see a blank page; this file is complete HTML.
 */
export async function generateMetadata({ params }: PageProps<"/[locale]/404">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "notFound" });
  // Not a page to index or to name as anyone's canonical: no alternates, no OpenGraph URL.
  return { title: t("title"), robots: { index: false }, alternates: {}, openGraph: null };
}

export default async function NotFoundPage({ params }: PageProps<"/[locale]/404">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <NotFound />;
}
