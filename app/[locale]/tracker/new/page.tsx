import type { Metadata } from "next";
import { privatePageMetadata } from "@/lib/tracker/private-metadata";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CaseForm } from "@/components/tracker/case-form";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { TrackerNav } from "@/components/tracker/tracker-nav";
import { requireUser } from "@/lib/data/session";
import { isLocale } from "@/lib/i18n/locales";
import { providerOptions } from "@/lib/tracker/view";
import { createCaseAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker/new">): Promise<Metadata> {
  return privatePageMetadata(params, "newCase");
}

export default async function NewCasePage({ params }: PageProps<"/[locale]/tracker/new">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/tracker/new`);
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <>
      <TrackerNav locale={locale} email={user.email} />
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("newCase")}</h1>
      <p className="mb-6 text-zinc-700 dark:text-zinc-300">{t("newCaseIntro")}</p>
      <TrackerClientMessages>
        <CaseForm action={createCaseAction} locale={locale} initial={{ subscriptionType: "postpaid", channel: "min-side-app" }} providers={await providerOptions()} submitLabel={t("create")} />
      </TrackerClientMessages>
    </>
  );
}
