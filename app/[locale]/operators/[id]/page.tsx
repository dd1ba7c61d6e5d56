import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GuideArticle } from "@/components/guide/guide-article";
import { OperatorGuide } from "@/components/operator/operator-guide";
import {
  ReaderReportsSection,
  readerReportsHeadingId,
} from "@/components/reports/reader-reports-section";
import { complaintsGuideSlug, generalGuideSlug, portingGuideSlug } from "@/lib/content/guide-slugs";
import { getGuide } from "@/lib/content/guides";
import { operatorSections } from "@/lib/content/operator-schema";
import { getOperator, getOperatorData } from "@/lib/content/operators";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { isLocale, locales } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/seo/page-metadata";
import type { Metadata } from "next";

// Only the pages generateStaticParams lists exist: anything else is a real 404.
export const dynamicParams = false;

/** Topic guides every operator page points to; prepaid-only operators add the credit guide. */
const relatedSlugs = [generalGuideSlug, portingGuideSlug, complaintsGuideSlug];

export async function generateStaticParams() {
  const { operators } = await getOperatorData();
  return locales.flatMap((locale) => operators.map((operator) => ({ locale, id: operator.id })));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/operators/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  const operator = isLocale(locale) ? await getOperator(id) : null;
  if (!operator) return {};
  const t = await getTranslations({ locale, namespace: "operators" });
  return pageMetadata({
    locale,
    path: `/operators/${id}`,
    title: t("guideTitle", { name: operator.name }),
    description: t("guideSummary", { name: operator.name }),
    type: "article",
  });
}

export default async function OperatorPage({ params }: PageProps<"/[locale]/operators/[id]">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const operator = await getOperator(id);
  if (!operator) notFound();
  const { common } = await getOperatorData();

  const t = await getTranslations({ locale, namespace: "operators" });
  const tGuide = await getTranslations({ locale, namespace: "guide" });
  const tLayout = await getTranslations({ locale, namespace: "layout" });
  const tReports = await getTranslations({ locale, namespace: "readerReports" });
  const slugs = operator.prepaidOnly ? [...relatedSlugs, "prepaid-credit"] : relatedSlugs;
  const related = (await Promise.all(slugs.map((slug) => getGuide(locale, slug))))
    .filter((guide) => guide !== null)
    .map((guide) => ({
      href: `/${locale}/guides/${guide.slug}`,
      title: guide.frontmatter.title,
      summary: guide.frontmatter.summary,
    }));

  return (
    <GuideArticle
      locale={locale}
      title={t("guideTitle", { name: operator.name })}
      summary={t("guideSummary", { name: operator.name })}
      lastChecked={operator.lastChecked}
      headings={[
        ...operatorSections.map((section) => ({
          depth: 2 as const,
          id: section,
          text: t(`sections.${section}`),
        })),
        { depth: 2 as const, id: readerReportsHeadingId, text: tReports("title") },
      ]}
      crumbs={[
        { name: tGuide("home"), path: `/${locale}` },
        { name: tLayout("operators"), path: `/${locale}/operators` },
      ]}
      related={related}
    >
      <OperatorGuide operator={operator} common={common} locale={locale}>
        <ReaderReportsSection
          operator={operator.id}
          operatorName={operator.name}
          locale={locale}
          languageTag={htmlLangOf(locale)}
        />
      </OperatorGuide>
    </GuideArticle>
  );
}
