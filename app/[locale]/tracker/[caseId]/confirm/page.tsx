import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { StatusActions } from "@/components/tracker/status-actions";
import { TrackerNav } from "@/components/tracker/tracker-nav";
import { getAccount } from "@/lib/data/account";
import { getCase } from "@/lib/data/cases";
import { requireUser } from "@/lib/data/session";
import { isLocale } from "@/lib/i18n/locales";
import { todayIn } from "@/lib/tracker/dates";
import { suggestEndDate } from "@/lib/tracker/end-date";
import { maskPhone } from "@/lib/tracker/phone";
import { canTransition } from "@/lib/tracker/status";
import { providerName, providerOptions } from "@/lib/tracker/view";
import { changeStatusAction } from "../../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker/[caseId]/confirm">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker" });
  return { title: t("fromEmail.confirmTitle"), robots: { index: false } };
}

/** Where "I got the confirmation" in a reminder leads: one confirming step, then it is logged. */
export default async function ConfirmFromEmailPage({ params }: PageProps<"/[locale]/tracker/[caseId]/confirm">) {
  const { locale, caseId } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/tracker/${caseId}/confirm`);
  const found = getCase(user.id, caseId);
  if (!found) notFound();
  const t = await getTranslations({ locale, namespace: "tracker" });
  const options = await providerOptions();
  const name = `${providerName(found, options)} · ${maskPhone(found.phoneNumber)}`;
  const today = todayIn(getAccount(user.id)?.timeZone ?? "Europe/Oslo");
  const notice = options.find((o) => o.id === found.provider)?.notice;
  const suggested = found.endsOn ?? (notice && found.submittedOn ? suggestEndDate(notice.rule, found.submittedOn) : null);

  return (
    <>
      <TrackerNav locale={locale} email={user.email} />
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("fromEmail.confirmTitle")}</h1>
      {canTransition(found.status, "confirmed") ? (
        <>
          <p className="mb-4">{t("fromEmail.confirmIntro", { name })}</p>
          <TrackerClientMessages>
            <StatusActions action={changeStatusAction} locale={locale} caseId={caseId} next={["confirmed"]} today={today} suggestedEndsOn={suggested} />
          </TrackerClientMessages>
        </>
      ) : (
        <p>{t("fromEmail.alreadyDone", { name, status: t(`status.${found.status}`) })}</p>
      )}
      <p className="mt-6"><Link href={`/${locale}/tracker/${caseId}`} className="underline underline-offset-4">{t("fromEmail.openCase")}</Link></p>
    </>
  );
}
