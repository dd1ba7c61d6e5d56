import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GuideList } from "@/components/guide/guide-list";
import { SafetyBox } from "@/components/guide/safety-box";
import { Link } from "@/components/ui/link";
import { generalGuideSlug } from "@/lib/content/guide-slugs";
import { listGuides } from "@/lib/content/guides";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { isLocale } from "@/lib/i18n/locales";

/** The general guide is the entry point for every reader. */

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  const guides = await listGuides(locale);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <p className="mt-2 text-lg text-zinc-700 dark:text-zinc-300">{t("intro2")}</p>
      <p className="mt-8">
        <Link
          href={`/${locale}/guides/${generalGuideSlug}`}
          className="inline-block rounded-md bg-sky-700 px-5 py-3 font-semibold text-white hover:bg-sky-800"
        >
          {t("startHere")}
        </Link>
      </p>
      <p className="mt-4">
        <Link href={`/${locale}/helper`} className="font-medium underline underline-offset-4">
          {t("helper")}
        </Link>
      </p>
      <div className="mt-8">
        <SafetyBox locale={locale} />
      </div>
      <h2 className="mt-12 mb-4 text-2xl font-semibold">{t("allGuides")}</h2>
      <GuideList
        guides={guides}
        locale={locale}
        languageTag={htmlLangOf(locale)}
        lastCheckedLabel={(date) => t("lastChecked", { date })}
      />
    </>
  );
}
