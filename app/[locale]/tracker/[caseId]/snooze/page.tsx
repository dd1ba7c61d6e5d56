import { getTranslations } from "next-intl/server";
import { loadOwnedCase } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { snoozeCaseAction } from "@/app/[locale]/tracker/actions";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { userToday } from "@/lib/data/account";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { snoozeDays } from "@/lib/reminders/kinds";
import { caseLabel } from "@/lib/tracker/case-label";
import { numberStopsBy } from "@/lib/tracker/case-model";
import { addDays } from "@/lib/tracker/dates";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/snooze">): Promise<Metadata> {
  return casePageMetadata(params, "fromEmail.snoozeTitle");
}

/** Where "Remind me in a week" in a reminder leads: one confirming step, then it is logged. */
export default async function SnoozeFromEmailPage({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/snooze">) {
  const { locale, caseId, user, found } = await loadOwnedCase(params);
  const t = await getTranslations({ locale, namespace: "tracker" });
  const tag = htmlLangOf(locale);
  const today = userToday(user.id);
  const until = addDays(today, snoozeDays);
  // The before-end reminder is about the day the number may stop (the case model's date).
  const stopsOn = numberStopsBy(found, today)?.on ?? null;
  const name = caseLabel(found, await providerOptions());
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("fromEmail.snoozeTitle")}</h1>
      <form action={snoozeCaseAction} className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="caseId" value={caseId} />
        <p>{t("fromEmail.snoozeIntro", { name, date: formatDateOnly(until, tag) })}</p>
        {stopsOn && stopsOn < until ? (
          <Notice tone="warning">
            {t("reminders.pausedPastEnd", { date: formatDateOnly(stopsOn, tag) })}
          </Notice>
        ) : null}
        <Button>{t("fromEmail.snoozeButton")}</Button>
      </form>
      <p className="mt-6">
        <Link href={`/${locale}/tracker/${caseId}`} className="underline underline-offset-4">
          {t("fromEmail.openCase")}
        </Link>
      </p>
    </>
  );
}
