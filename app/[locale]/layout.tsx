import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DIGEST_SLOT } from "@/components/layout/error-page-text";
import { ErrorPageTextProvider } from "@/components/layout/error-page-text-provider";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { isLocale, locales } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { siteUrl } from "@/lib/site-url";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/app/globals.css";

// Only the locales we have catalogs for.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  // The home page's own metadata; other pages override title, description and URLs.
  return {
    ...pageMetadata({ locale, path: "", description: t("siteDescription") }),
    metadataBase: siteUrl,
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
  };
}

// The only root layout: `<html lang>` depends on the locale segment.
export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "layout" });
  const errorPage = await getTranslations({ locale, namespace: "errorPage" });

  return (
    <html lang={htmlLangOf(locale)}>
      <body className="flex min-h-dvh flex-col bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        <SiteHeader locale={locale} />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 focus:outline-none"
        >
          {/* The error page's strings: app/[locale]/error.tsx renders on the client. */}
          <ErrorPageTextProvider
            text={{
              title: errorPage("title"),
              body: errorPage("body"),
              retry: errorPage("retry"),
              home: errorPage("home"),
              homeHref: `/${locale}`,
              reference: errorPage("reference", { digest: DIGEST_SLOT }),
            }}
          >
            {children as ReactNode}
          </ErrorPageTextProvider>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
