import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readGlossary } from "@/lib/content/glossary";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/seo/page-metadata";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/glossary">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "glossary" });
  return pageMetadata({
    locale,
    path: "/glossary",
    title: t("title"),
    description: t("description"),
  });
}

export default async function GlossaryPage({ params }: PageProps<"/[locale]/glossary">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "glossary" });
  const entries = readGlossary();

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mb-8 text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <dl className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {entries.map((entry) => (
          <div
            key={entry.id}
            id={entry.id}
            className="scroll-mt-4 py-3 target:bg-amber-50 dark:target:bg-amber-950/40"
          >
            <dt lang="nb" className="text-lg font-semibold">
              {entry.term}
            </dt>
            <dd className="mt-1 text-zinc-700 dark:text-zinc-300">{entry.meaning[locale]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
