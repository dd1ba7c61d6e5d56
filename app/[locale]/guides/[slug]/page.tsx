import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GuideBody } from "@/components/guide/guide-body";
import { TableOfContents } from "@/components/guide/table-of-contents";
import { getGuide, listGuides } from "@/lib/content/guides";
import { formatDateOnly } from "@/lib/format-date";
import { localeAlternates } from "@/lib/i18n/alternates";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { isLocale, locales } from "@/lib/i18n/locales";

// cacheComponents rejects `dynamicParams`; this makes an unknown slug a real 404 on the very
// first request instead of a streamed 200 with a not-found body.
export const ensureStatic = "navigation";
// Dev only: otherwise `next dev` complains that params are read outside <Suspense>.
export const instant = false;

export async function generateStaticParams() {
  const perLocale = await Promise.all(
    locales.map(async (locale) => (await listGuides(locale)).map((guide) => ({ locale, slug: guide.slug }))),
  );
  return perLocale.flat();
}

export async function generateMetadata({ params }: PageProps<"/[locale]/guides/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const guide = await getGuide(locale, slug);
  if (!guide) return {};
  return {
    title: guide.frontmatter.title,
    description: guide.frontmatter.summary,
    alternates: localeAlternates(locale, `/guides/${slug}`, htmlLangOf),
  };
}

export default async function GuidePage({ params }: PageProps<"/[locale]/guides/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const guide = await getGuide(locale, slug);
  if (!guide) notFound();

  const t = await getTranslations({ locale, namespace: "guide" });
  const tGuides = await getTranslations({ locale, namespace: "guides" });
  const languageTag = htmlLangOf(locale);
  const { title, summary, lastChecked, updated } = guide.frontmatter;

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-4 text-sm text-zinc-600 print:hidden dark:text-zinc-400">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href={`/${locale}`} className="underline-offset-4 hover:underline">{t("home")}</Link>
            <span aria-hidden="true"> / </span>
          </li>
          <li>
            <Link href={`/${locale}/guides`} className="underline-offset-4 hover:underline">{t("guides")}</Link>
          </li>
        </ol>
      </nav>
      <article>
        <header>
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
          <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{summary}</p>
          <p className="mt-4 flex flex-wrap gap-2 text-sm">
            <span className="rounded-full bg-emerald-100 px-3 py-1 font-medium text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100">
              {tGuides("lastChecked", { date: formatDateOnly(lastChecked, languageTag) })}
            </span>
            <span className="rounded-full bg-zinc-100 px-3 py-1 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
              {tGuides("updated", { date: formatDateOnly(updated, languageTag) })}
            </span>
          </p>
        </header>
        <TableOfContents headings={guide.headings} label={t("onThisPage")} />
        <div className="prose prose-zinc max-w-none dark:prose-invert prose-a:underline-offset-2 prose-h2:scroll-mt-4">
          <GuideBody locale={locale} slug={slug} />
        </div>
        <p className="mt-8 rounded-md bg-zinc-100 p-4 text-sm text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
          {t("disclaimer")}
        </p>
      </article>
    </>
  );
}
