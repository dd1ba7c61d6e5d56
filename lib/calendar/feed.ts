import "server-only";
import { getTranslations } from "next-intl/server";
import { calendarData } from "@/lib/data/calendar";
import { siteUrl } from "@/lib/site-url";
import type { IsoDate } from "@/lib/tracker/dates";
import { maskPhone } from "@/lib/tracker/phone";
import { providerName, type ProviderOption } from "@/lib/tracker/providers";
import { caseCalendarEvents } from "./case-events";
import { calendarDocument } from "./ics";

/**
 * The user's calendar (all open cases, or one) as an .ics document in their language. Numbers
 * are masked: calendars are synced to third-party clouds, and the event links back to the case.
 */
export async function userCalendar(options: {
  userId: string;
  locale: string;
  today: IsoDate;
  now: Date;
  providers: ProviderOption[];
  caseId?: string;
}): Promise<string> {
  const { userId, locale, today, now, providers, caseId } = options;
  const t = await getTranslations({ locale, namespace: "calendar" });
  const tr = await getTranslations({ locale, namespace: "tracker.reminders.kind" });
  const data = calendarData(userId, today, caseId);
  const events = data.cases.flatMap((c) => {
    const name = providerName(c, providers);
    const url = new URL(`/${locale}/tracker/${c.id}`, siteUrl).href;
    const upcoming = data.reminders.filter((r) => r.caseId === c.id);
    return caseCalendarEvents(c, upcoming, today).map((event) => ({
      event,
      text: {
        summary: t(`summary.${event.kind}`, {
          name,
          kind:
            event.reminderKind && tr.has(event.reminderKind as Parameters<typeof tr>[0])
              ? tr(event.reminderKind as Parameters<typeof tr>[0])
              : "",
        }),
        description: t("description", { name, phone: maskPhone(c.phoneNumber), url }),
        url,
      },
    }));
  });
  return calendarDocument({ name: t("name"), host: siteUrl.hostname, now, events });
}

export const calendarHeaders = (filename: string) => ({
  "Content-Type": "text/calendar; charset=utf-8",
  "Content-Disposition": `inline; filename="${filename}"`,
  "Cache-Control": "private, no-store",
  "X-Robots-Tag": "noindex",
});
