import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/tracker/account-form";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { Notice } from "@/components/ui/notice";
import { getAccount } from "@/lib/data/account";
import { languageNameOf } from "@/lib/i18n/html-lang";
import { locales } from "@/lib/i18n/locales";
import { reminderKinds } from "@/lib/reminders/kinds";
import { loadTrackerPage } from "../_lib/case-page";
import { updateSettingsAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker/account">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker.accountPage" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage({ params, searchParams }: PageProps<"/[locale]/tracker/account">) {
  const { locale, user } = await loadTrackerPage(params);
  const account = getAccount(user.id);
  if (!account) notFound();
  const t = await getTranslations({ locale, namespace: "tracker.accountPage" });
  const { saved } = await searchParams;
  const on = (v: boolean) => (v ? "on" : "");

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mb-6">{t("email", { email: account.email })}</p>
      {saved ? <Notice tone="success" className="mb-4">{t("saved")}</Notice> : null}
      <TrackerClientMessages>
        <AccountForm
          action={updateSettingsAction}
          initial={{
            locale: account.locale,
            timeZone: account.timeZone,
            remindersEnabled: on(account.remindersEnabled),
            reminderDigest: on(account.reminderDigest),
            ...Object.fromEntries(reminderKinds.map((kind) => [`kind-${kind}`, on(!account.reminderOptOuts.includes(kind))])),
          }}
          languages={locales.map((l) => ({ locale: l, name: languageNameOf(l) }))}
          timeZones={Intl.supportedValuesOf("timeZone")}
        />
      </TrackerClientMessages>

      <section aria-labelledby="your-data" className="mt-10">
        <h2 id="your-data" className="mb-2 text-xl font-semibold">{t("yourData")}</h2>
        <p className="mb-3">{t("exportIntro")}</p>
        <a href="/api/account/export" download className="font-medium underline underline-offset-4">{t("export")}</a>
        <p className="mt-6">
          <Link href={`/${locale}/tracker/account/delete`} className="font-medium text-red-700 underline underline-offset-4 dark:text-red-300">{t("delete")}</Link>
        </p>
      </section>
    </>
  );
}
