import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReportFigures } from "@/components/reports/report-figures";
import { Link } from "@/components/ui/link";
import { getOperator } from "@/lib/content/operators";
import { operatorReportSummary } from "@/lib/data/reports";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/seo/page-metadata";
import type { Metadata } from "next";

/**
 * An operator's readers' reports rendered by the server, per request: where the guide's link
 * leads without JavaScript, and a page of its own to link to.
 */
export async function generateMetadata({
  params,
}: PageProps<"/[locale]/operators/[id]/reports">): Promise<Metadata> {
  const { locale, id } = await params;
  const operator = isLocale(locale) ? await getOperator(id) : null;
  if (!operator) return {};
  const t = await getTranslations({ locale, namespace: "readerReports" });
  return pageMetadata({
    locale,
    path: `/operators/${id}/reports`,
    title: t("pageTitle", { name: operator.name }),
    description: t("pageSummary", { name: operator.name }),
  });
}

export default async function ReaderReportsPage({
  params,
}: PageProps<"/[locale]/operators/[id]/reports">) {
  await connection(); // the figures change as readers share: never prerendered
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const operator = await getOperator(id);
  if (!operator) notFound();
  const t = await getTranslations({ locale, namespace: "readerReports" });
  return (
    <article className="prose max-w-none prose-zinc dark:prose-invert">
      <h1>{t("pageTitle", { name: operator.name })}</h1>
      <p>{t("pageIntro", { name: operator.name })}</p>
      <ReportFigures
        summary={operatorReportSummary(operator.id)}
        languageTag={htmlLangOf(locale)}
      />
      <p>
        <Link href={`/${locale}/operators/${operator.id}`}>
          {t("backToGuide", { name: operator.name })}
        </Link>
        {" · "}
        <a href={`/api/reports/${operator.id}.json`} type="application/json">
          {t("asJson")}
        </a>
      </p>
    </article>
  );
}
