import type { Metadata } from "next";
import { loadOwnedCase } from "@/lib/tracker/case-page";
import { privatePageMetadata } from "@/lib/tracker/private-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CaseChecklist } from "@/components/tracker/case-checklist";
import { CaseReminders } from "@/components/tracker/case-reminders";
import { ReminderSettings } from "@/components/tracker/reminder-settings";
import { CaseTimeline } from "@/components/tracker/case-timeline";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { StatusActions } from "@/components/tracker/status-actions";
import { StatusBadge } from "@/components/tracker/status-badge";
import { TrackerNav } from "@/components/tracker/tracker-nav";
import { getAccount, userToday } from "@/lib/data/account";
import { getChecklist, listCaseEvents } from "@/lib/data/cases";
import { listCaseReminders } from "@/lib/data/reminders";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { defaultTimeZone } from "@/lib/tracker/dates";
import { isOverdue, nextDeadline } from "@/lib/tracker/deadlines";
import { suggestEndDate } from "@/lib/tracker/end-date";
import { formatPhone } from "@/lib/tracker/phone";
import { transitions, waitingOn } from "@/lib/tracker/status";
import { providerName, providerOptions } from "@/lib/tracker/view";
import { changeStatusAction, setReminderOverridesAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker/[caseId]">): Promise<Metadata> {
  return privatePageMetadata(params, "caseTitle");
}

export default async function CasePage({ params, searchParams }: PageProps<"/[locale]/tracker/[caseId]">) {
  const { locale, caseId, user, found } = await loadOwnedCase(params);

  const t = await getTranslations({ locale, namespace: "tracker" });
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const account = getAccount(user.id);
  const timeZone = account?.timeZone ?? defaultTimeZone;
  const { snoozed, saved } = await searchParams;
  const today = userToday(user.id);
  const tag = htmlLangOf(locale);
  const options = await providerOptions();
  const notice = options.find((o) => o.id === found.provider)?.notice;
  const suggestedEndsOn = found.endsOn ?? (notice ? suggestEndDate(notice.rule, found.submittedOn ?? today) : null);
  const deadline = nextDeadline(found, today);
  const date = (v: string | null) => (v ? formatDateOnly(v, tag) : "—");
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));

  const details: [string, string][] = [
    [tf("fields.subscriptionType"), tf(`types.${found.subscriptionType}` as Parameters<typeof tf>[0])],
    [tf("fields.phoneNumber"), formatPhone(found.phoneNumber)],
    [tf("fields.customerNumber"), found.customerNumber ?? "—"],
    [tf("fields.channel"), tf(`channels.${found.channel}` as Parameters<typeof tf>[0])],
    [tf("fields.submittedOn"), date(found.submittedOn)],
    [tf("fields.confirmationReference"), found.confirmationReference ?? "—"],
    [tf("fields.confirmedOn"), date(found.confirmedOn)],
    [tf("fields.endsOn"), date(found.endsOn)],
    [tf("fields.finalBillChecked"), yesNo(found.finalBillChecked)],
    ...(found.subscriptionType === "prepaid" ? [[tf("fields.creditRefundAsked"), yesNo(found.creditRefundAsked)] as [string, string]] : []),
    ...(found.hasEquipment ? [[tf("fields.equipmentReturned"), yesNo(found.equipmentReturned)] as [string, string]] : []),
  ];

  return (
    <>
      <TrackerNav locale={locale} email={user.email} />
      <h1 className="text-3xl font-bold tracking-tight">{providerName(found, options)}</h1>
      <p className="mt-3 flex flex-wrap items-center gap-2">
        <StatusBadge status={found.status} label={t(`status.${found.status}`)} />
        <span>{t(`waitingOn.${waitingOn[found.status]}`)}</span>
        {isOverdue(deadline, today) ? <span className="rounded-full bg-red-700 px-2.5 py-0.5 text-sm font-semibold text-white">{t("overdue")}</span> : null}
      </p>
      {deadline ? <p className="mt-2">{t(`deadline.${deadline.kind}`, { date: date(deadline.on) })}</p> : null}
      {found.endsOn === null && notice && suggestedEndsOn ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          {t(notice.confirmed ? "suggestedEnd" : "suggestedEndReported", { date: date(suggestedEndsOn) })}
        </p>
      ) : null}

      {transitions[found.status].length > 0 ? (
        <section aria-labelledby="next-step" className="mt-8">
          <h2 id="next-step" className="mb-3 text-xl font-semibold">{t("nextStep")}</h2>
          <TrackerClientMessages>
            <StatusActions action={changeStatusAction} locale={locale} caseId={caseId} next={transitions[found.status]} today={today} suggestedEndsOn={suggestedEndsOn} />
          </TrackerClientMessages>
        </section>
      ) : null}

      <section aria-labelledby="details" className="mt-8">
        <h2 id="details" className="mb-3 text-xl font-semibold">{t("details")}</h2>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-zinc-600 dark:text-zinc-400">{label}</dt>
              <dd className="mb-2 break-words sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
        {found.notes ? <p className="mt-3 whitespace-pre-line rounded-md bg-zinc-100 p-3 dark:bg-zinc-900">{found.notes}</p> : null}
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href={`/${locale}/tracker/${caseId}/edit`} className="font-medium underline underline-offset-4">{t("editCase")}</Link>
          <Link href={`/${locale}/tracker/${caseId}/delete`} className="font-medium text-red-700 underline underline-offset-4 dark:text-red-300">{t("deleteCase")}</Link>
        </p>
      </section>

      <section aria-labelledby="checklist" className="mt-8 scroll-mt-4">
        <h2 id="checklist" className="mb-3 text-xl font-semibold">{t("checklistTitle")}</h2>
        <CaseChecklist items={getChecklist(user.id, caseId) ?? []} caseId={caseId} locale={locale} languageTag={tag} />
      </section>

      <section aria-labelledby="reminders" className="mt-8 scroll-mt-4">
        <h2 id="reminders" className="mb-3 text-xl font-semibold">{t("reminders.title")}</h2>
        {snoozed ? <p role="status" className="mb-3 rounded-md bg-emerald-50 p-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">{t("reminders.snoozed")}</p> : null}
        {saved ? <p role="status" className="mb-3 rounded-md bg-emerald-50 p-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">{t("reminders.saved")}</p> : null}
        {account && !account.remindersEnabled ? <p className="mb-3">{t("reminders.globalOff")}</p> : null}
        <CaseReminders items={listCaseReminders(user.id, caseId) ?? []} locale={locale} languageTag={tag} timeZone={timeZone} />
        <div className="mt-4">
          <TrackerClientMessages>
            <ReminderSettings action={setReminderOverridesAction} locale={locale} caseId={caseId} remindOn={found.remindOn} muted={found.mutedReminderKinds} />
          </TrackerClientMessages>
        </div>
      </section>

      <section aria-labelledby="timeline" className="mt-8">
        <h2 id="timeline" className="mb-3 text-xl font-semibold">{t("timeline")}</h2>
        <CaseTimeline events={listCaseEvents(user.id, caseId) ?? []} locale={locale} languageTag={tag} timeZone={timeZone} />
      </section>
    </>
  );
}
