import type { Metadata } from "next";
import { loadOwnedCase } from "@/lib/tracker/case-page";
import { privatePageMetadata } from "@/lib/tracker/private-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TrackerNav } from "@/components/tracker/tracker-nav";
import { userToday } from "@/lib/data/account";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { addDays } from "@/lib/tracker/dates";
import { maskPhone } from "@/lib/tracker/phone";
import { providerName, providerOptions } from "@/lib/tracker/view";
import { snoozeCaseAction } from "../../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker/[caseId]/snooze">): Promise<Metadata> {
  return privatePageMetadata(params, "fromEmail.snoozeTitle");
}

/** Where "Remind me in a week" in a reminder leads: one confirming step, then it is logged. */
export default async function SnoozeFromEmailPage({ params }: PageProps<"/[locale]/tracker/[caseId]/snooze">) {
  const { locale, caseId, user, found } = await loadOwnedCase(params, "/snooze");
  const t = await getTranslations({ locale, namespace: "tracker" });
  const until = addDays(userToday(user.id), 7);
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
