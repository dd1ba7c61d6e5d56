import { getTranslations } from "next-intl/server";
import type { CaseEventDto } from "@/lib/data/case-dto";

/** Every change to the case, oldest first, with the time shown in the user's time zone. */
export async function CaseTimeline({ events, locale, languageTag, timeZone }: { events: CaseEventDto[]; locale: string; languageTag: string; timeZone: string }) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const when = new Intl.DateTimeFormat(languageTag, { dateStyle: "medium", timeStyle: "short", timeZone });
  const value = (field: string | null, v: string | null) => {
    if (v === null || v === "") return "—";
    if (field === "status") return t(`status.${v}` as Parameters<typeof t>[0]);
    if (v === "true") return t("yes");
    if (v === "false") return t("no");
    return v;
  };
  const describe = (e: CaseEventDto) => {
    if (e.kind === "created") return t("event.created", { status: value("status", e.to) });
    if (e.kind === "status") return t("event.status", { from: value("status", e.from), to: value("status", e.to) });
    if (e.kind === "checklist") return t(e.to ? "event.checked" : "event.unchecked", { item: t(`checklist.${e.field}` as Parameters<typeof t>[0]) });
    const field = tf.has(`fields.${e.field}` as Parameters<typeof tf>[0]) ? tf(`fields.${e.field}` as Parameters<typeof tf>[0]) : String(e.field);
    return t("event.edited", { field, from: value(e.field, e.from), to: value(e.field, e.to) });
  };
  return (
    <ol className="space-y-2 border-l-2 border-zinc-300 pl-4 dark:border-zinc-700">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at} className="block text-sm text-zinc-600 dark:text-zinc-400">{when.format(new Date(e.at))}</time>
          <span>{describe(e)}</span>
        </li>
      ))}
    </ol>
  );
}
