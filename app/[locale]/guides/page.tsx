import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GuideList } from "@/components/guide/guide-list";
import { listGuides } from "@/lib/content/guides";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/seo/page-metadata";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/guides">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "guides" });
  return pageMetadata({
    locale,
    path: "/guides",
    title: t("title"),
    description: t("description"),
  });
}

export default async function GuidesPage({ params }: PageProps<"/[locale]/guides">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "guides" });
  const guides = await listGuides(locale);

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mb-8 text-zinc-700 dark:text-zinc-300">{t("description")}</p>
      <GuideList
        guides={guides}
        locale={locale}
        languageTag={htmlLangOf(locale)}
        lastCheckedLabel={(date) => t("lastChecked", { date })}
      />
    </>
  );
}
