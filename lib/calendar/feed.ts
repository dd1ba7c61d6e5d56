import "server-only";
import { getTranslations } from "next-intl/server";
import { calendarData } from "@/lib/data/calendar";
import { storedBasis } from "@/lib/data/case-model-columns";
import { siteUrl } from "@/lib/site-url";
import { caseName } from "@/lib/tracker/case-label";
import { maskPhone } from "@/lib/tracker/phone";
import type { ProviderOption } from "@/lib/tracker/providers";
import { caseCalendarEvents } from "./case-events";
import { calendarDocument } from "./ics";

/**
 * The user's calendar (all open cases, or one) as an .ics document in their language. Numbers
 * are masked: calendars are synced to third-party clouds, and the event links back to the case.
 */
export async function userCalendar(options: {
  userId: string;
  locale: string;
  now: Date;
  providers: ProviderOption[];
  caseId?: string;
}): Promise<string> {
  const { userId, locale, now, providers, caseId } = options;
  const t = await getTranslations({ locale, namespace: "calendar" });
  const data = calendarData(userId, caseId);
  const events = data.flatMap((c) => {
    const name = caseName(c, providers);
    const url = new URL(`/${locale}/tracker/${c.id}`, siteUrl).href;
    return caseCalendarEvents(c, storedBasis(c)).map((event) => ({
      event,
      text: {
        summary: t(`summary.${event.kind}`, { name }),
        description: t("description", { name, phone: maskPhone(c.phoneNumber), url }),
        url,
        alarm: t(`summary.${event.kind}`, { name }),
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
