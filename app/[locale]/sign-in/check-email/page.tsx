import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in/check-email">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("checkTitle"), robots: { index: false } };
}

export default async function CheckEmailPage({ params }: PageProps<"/[locale]/sign-in/check-email">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("checkTitle")}</h1>
      <p>{t("checkBody")}</p>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t("checkSpam")}</p>
      {!env.SMTP_URL && env.NODE_ENV !== "production" ? (
        <p className="mt-6 rounded-md bg-amber-50 p-3 dark:bg-amber-950/50">
          {t("devOutbox")} <Link href={`/${locale}/dev/outbox`} className="font-medium underline">{t("devOutboxLink")}</Link>
        </p>
      ) : null}
    </>
  );
}
