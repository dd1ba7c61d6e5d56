import { getTranslations } from "next-intl/server";
import { resumeRemindersAction, setReminderOverridesAction } from "@/app/[locale]/tracker/actions";
import { CaseReminders } from "@/components/tracker/case-reminders";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { ReminderSettings } from "@/components/tracker/reminder-settings";
import { now } from "@/lib/clock";
import type { CaseDto, CaseReminderDto } from "@/lib/data/dto";
import { htmlLangOf } from "@/lib/i18n/html-lang";

/**
 * The case's reminders: what was sent and what is planned (with the account's switches and the
 * case's own), the form for a date of the user's own and kinds turned off, and the case's
 * calendar file when it has dates.
 */
export async function CaseRemindersSection({
  found,
  reminders,
  account,
  timeZone,
  stopsOn,
  hasCalendarDates,
  locale,
}: {
  found: CaseDto;
  reminders: CaseReminderDto[];
  account: { remindersEnabled: boolean; reminderOptOuts: string[] };
  timeZone: string;
  /** The day the number may stop (case-model.ts, `numberStopsBy`), if known. */
  stopsOn: string | null;
  hasCalendarDates: boolean;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  const tc = await getTranslations({ locale, namespace: "tracker.calendar" });
  return (
    <section aria-labelledby="reminders" className="mt-8 scroll-mt-4">
      <h2 id="reminders" tabIndex={-1} className="mb-3 scroll-mt-4 text-xl font-semibold">
        {t("reminders.title")}
      </h2>
      <CaseReminders
        items={reminders}
        locale={locale}
        languageTag={htmlLangOf(locale)}
        timeZone={timeZone}
        now={now()}
        account={account}
        muted={found.mutedReminderKinds}
        snoozedUntil={found.snoozedUntil}
        stopsOn={stopsOn}
        caseId={found.id}
        resumeAction={resumeRemindersAction}
      />
      <div className="mt-4">
        <TrackerClientMessages>
          <ReminderSettings
            action={setReminderOverridesAction}
            locale={locale}
            caseId={found.id}
            remindOn={found.remindOn}
            muted={found.mutedReminderKinds}
          />
        </TrackerClientMessages>
      </div>
      {hasCalendarDates ? (
        <p className="mt-4">
          <a
            href={`/api/cases/${found.id}/calendar`}
            download
            className="font-medium underline underline-offset-4"
          >
            {tc("caseDownload")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
