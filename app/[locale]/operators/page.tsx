import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OperatorTable } from "@/components/operator/operator-table";
import { Link } from "@/components/ui/link";
import { getOperatorData } from "@/lib/content/operators";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/seo/page-metadata";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/operators">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "operators" });
  return pageMetadata({
    locale,
    path: "/operators",
    title: t("title"),
    description: t("description"),
  });
}

export default async function OperatorsPage({ params }: PageProps<"/[locale]/operators">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "operators" });
  const { operators } = await getOperatorData();

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mb-8 text-zinc-700 dark:text-zinc-300">{t("description")}</p>
      <OperatorTable operators={operators} locale={locale} />
      <p className="mt-8">
        <Link
          href={`/${locale}/guides/other-operators`}
          className="font-medium underline underline-offset-4"
        >
          {t("otherOperators")}
        </Link>
      </p>
    </>
  );
}
