import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TrackerNav } from "@/components/tracker/tracker-nav";
import { getAccount } from "@/lib/data/account";
import { getCase } from "@/lib/data/cases";
import { requireUser } from "@/lib/data/session";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { isLocale } from "@/lib/i18n/locales";
import { addDays, todayIn } from "@/lib/tracker/dates";
import { maskPhone } from "@/lib/tracker/phone";
import { providerName, providerOptions } from "@/lib/tracker/view";
import { snoozeCaseAction } from "../../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker/[caseId]/snooze">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker" });
  return { title: t("fromEmail.snoozeTitle"), robots: { index: false } };
}

/** Where "Remind me in a week" in a reminder leads: one confirming step, then it is logged. */
export default async function SnoozeFromEmailPage({ params }: PageProps<"/[locale]/tracker/[caseId]/snooze">) {
  const { locale, caseId } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/tracker/${caseId}/snooze`);
  const found = getCase(user.id, caseId);
  if (!found) notFound();
  const t = await getTranslations({ locale, namespace: "tracker" });
  const until = addDays(todayIn(getAccount(user.id)?.timeZone ?? "Europe/Oslo"), 7);
  const name = `${providerName(found, await providerOptions())} · ${maskPhone(found.phoneNumber)}`;
  return (
    <>
      <TrackerNav locale={locale} email={user.email} />
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("fromEmail.snoozeTitle")}</h1>
      <form action={snoozeCaseAction} className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="caseId" value={caseId} />
        <p>{t("fromEmail.snoozeIntro", { name, date: formatDateOnly(until, htmlLangOf(locale)) })}</p>
        <button type="submit" className="rounded-md bg-sky-700 px-5 py-2 font-semibold text-white hover:bg-sky-800">{t("fromEmail.snoozeButton")}</button>
      </form>
      <p className="mt-6"><Link href={`/${locale}/tracker/${caseId}`} className="underline underline-offset-4">{t("fromEmail.openCase")}</Link></p>
    </>
  );
}
