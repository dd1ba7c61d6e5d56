import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { generalGuideSlug } from "@/lib/content/guide-slugs";
import { isLocale, locales } from "@/lib/i18n/locales";
import type { Metadata } from "next";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/account-deleted">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "home" });
  return { title: t("accountDeletedTitle"), robots: { index: false } };
}

/** Where deleting an account ends: a plain confirmation (a static page, so it works without JavaScript). */
export default async function AccountDeletedPage({
  params,
}: PageProps<"/[locale]/account-deleted">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("accountDeletedTitle")}</h1>
      <Notice tone="success">{t("accountDeleted")}</Notice>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href={`/${locale}`} className="underline underline-offset-4">
          {t("backHome")}
        </Link>
        <Link
          href={`/${locale}/guides/${generalGuideSlug}`}
          className="underline underline-offset-4"
        >
          {t("startHere")}
        </Link>
      </p>
    </>
  );
}
