import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GuideArticle } from "@/components/guide/guide-article";
import { GuideBody } from "@/components/guide/guide-body";
import { JsonLd } from "@/components/seo/json-ld";
import { getGuide, listGuides } from "@/lib/content/guides";
import { relatedGuides } from "@/lib/content/related";
import { isLocale, locales } from "@/lib/i18n/locales";
import { howToJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/page-metadata";
import type { Metadata } from "next";

// Only the pages generateStaticParams lists exist: anything else is a real 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const perLocale = await Promise.all(
    locales.map(async (locale) =>
      (await listGuides(locale)).map((guide) => ({ locale, slug: guide.slug })),
    ),
  );
  return perLocale.flat();
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/guides/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const guide = await getGuide(locale, slug);
  if (!guide) return {};
  return pageMetadata({
    locale,
    path: `/guides/${slug}`,
    title: guide.frontmatter.title,
    description: guide.frontmatter.summary,
    type: "article",
  });
}

export default async function GuidePage({ params }: PageProps<"/[locale]/guides/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const guide = await getGuide(locale, slug);
  if (!guide) notFound();

  const t = await getTranslations({ locale, namespace: "guide" });
  const { title, summary, lastChecked, updated } = guide.frontmatter;
  const related = relatedGuides(guide, await listGuides(locale)).map((other) => ({
    href: `/${locale}/guides/${other.slug}`,
    title: other.frontmatter.title,
    summary: other.frontmatter.summary,
  }));
  const path = `/${locale}/guides/${slug}`;

  return (
    <GuideArticle
      locale={locale}
      title={title}
      summary={summary}
      lastChecked={lastChecked}
      updated={updated}
      headings={guide.headings}
      crumbs={[
        { name: t("home"), path: `/${locale}` },
        { name: t("guides"), path: `/${locale}/guides` },
      ]}
      related={related}
    >
      {guide.body.includes("<Steps>") ? (
        <JsonLd
          data={howToJsonLd({ title, summary, path, lastChecked, headings: guide.headings })}
        />
      ) : null}
      <GuideBody locale={locale} slug={slug} />
    </GuideArticle>
  );
}
