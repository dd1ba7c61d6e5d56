import { getTranslations } from "next-intl/server";
import type { CaseReminderDto } from "@/lib/data/reminders";
import { formatDateOnly } from "@/lib/format-date";

/** Upcoming and sent reminders of a case, including ones that could not be sent. */
export async function CaseReminders({ items, locale, languageTag, timeZone }: { items: CaseReminderDto[]; locale: string; languageTag: string; timeZone: string }) {
  const t = await getTranslations({ locale, namespace: "tracker.reminders" });
  const when = new Intl.DateTimeFormat(languageTag, { dateStyle: "medium", timeStyle: "short", timeZone });
  const time = new Intl.DateTimeFormat(languageTag, { timeStyle: "short", timeZone });
  const visible = items.filter((r) => r.status !== "cancelled");
  if (visible.length === 0) return <p>{t("none")}</p>;
  const state = (r: CaseReminderDto) => {
    if (r.status === "sent" && r.sentAt) return t("sent", { date: when.format(new Date(r.sentAt)) });
    if (r.status === "failed") return t("failed", { error: r.lastError ?? "?" });
    if (r.status === "sending") return t("sending");
    if (r.attempts > 0) return t("retrying", { count: r.attempts });
    return t("upcoming", { date: `${formatDateOnly(r.dueOn, languageTag)} ${time.format(new Date(r.dueAt))}` });
  };
  return (
    <ul className="space-y-2">
      {visible.map((r) => (
        <li key={r.id} className={r.status === "failed" ? "font-medium text-red-700 dark:text-red-300" : undefined}>
          <span className="font-medium">{t(`kind.${r.kind}` as Parameters<typeof t>[0])}</span>: {state(r)}
        </li>
      ))}
    </ul>
  );
}
