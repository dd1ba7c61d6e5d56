import { getTranslations } from "next-intl/server";
import type { CaseEventDto } from "@/lib/data/dto";
import { formatDateOnly } from "@/lib/format-date";
import { letterKindNames } from "@/lib/letters/kind-name";
import { formatPhone } from "@/lib/tracker/phone";
import { isUsableDate } from "@/lib/validation/fields";

const dateFields = new Set(["submittedOn", "confirmedOn", "endsOn", "remindOn", "snoozedUntil"]);

/**
 * Every change to the case, oldest first, in the user's words and language: statuses, channels
 * and reminder kinds by name, dates as dates, the time in the user's time zone. Never a code.
 */
export async function CaseTimeline({
  events,
  locale,
  languageTag,
  timeZone,
  providers,
}: {
  events: CaseEventDto[];
  locale: string;
  languageTag: string;
  timeZone: string;
  providers: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const tl = await getTranslations({ locale, namespace: "letters" });
  const letterKindName = await letterKindNames(locale, () => t("event.otherField"));
  const letterKind = (kind: string | null) =>
    kind === null ? t("event.otherField") : letterKindName(kind);
  const when = new Intl.DateTimeFormat(languageTag, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  const list = (items: string[]) => items.join(locale === "zh" ? "、" : ", ");
  const value = (field: string | null, v: string | null): string => {
    if (v === null || v === "") return t("event.none");
    if (field === "status") return t(`status.${v}` as Parameters<typeof t>[0]);
    if (field === "channel" && tf.has(`channels.${v}` as Parameters<typeof tf>[0]))
      return tf(`channels.${v}` as Parameters<typeof tf>[0]);
    if (field === "subscriptionType" && tf.has(`types.${v}` as Parameters<typeof tf>[0]))
      return tf(`types.${v}` as Parameters<typeof tf>[0]);
    if (field === "provider") return v === "other" ? tf("otherProvider") : (providers[v] ?? v);
    if (field === "phoneNumber") return formatPhone(v);
    if (field === "mutedReminderKinds")
      return list(
        v.split(",").map((kind) => t(`reminders.kind.${kind}` as Parameters<typeof t>[0])),
      );
    if (field && dateFields.has(field) && isUsableDate(v)) return formatDateOnly(v, languageTag);
    if (v === "true") return t("yes");
    if (v === "false") return t("no");
    return v;
  };
  const describe = (e: CaseEventDto) => {
    if (e.kind === "created") return t("event.created", { status: value("status", e.to) });
    if (e.kind === "status")
      return t("event.status", { from: value("status", e.from), to: value("status", e.to) });
    if (e.kind === "letter-prepared")
      return t("event.letterPrepared", { kind: letterKind(e.field) });
    if (e.kind === "letter-sent")
      return t("event.letterSent", {
        kind: letterKind(e.field),
        channel: tl.has(`channels.${e.from}` as Parameters<typeof tl>[0])
          ? tl(`channels.${e.from}` as Parameters<typeof tl>[0])
          : t("event.none"),
        date: e.to && isUsableDate(e.to) ? formatDateOnly(e.to, languageTag) : t("event.none"),
      });
    if (e.kind === "reply")
      return t("event.reply", {
        outcome: t(`replies.outcomes.${e.field ?? "other"}` as Parameters<typeof t>[0]),
        channel: t(`replies.channels.${e.from ?? "other"}` as Parameters<typeof t>[0]),
        date: e.to && isUsableDate(e.to) ? formatDateOnly(e.to, languageTag) : t("event.none"),
      });
    if (e.kind === "evidence")
      return e.field === "removed"
        ? t("event.evidenceRemoved", { name: e.from ?? "" })
        : t("event.evidenceAdded", { names: e.to ?? "" });
    if (e.kind === "checklist")
      return t(e.to ? "event.checked" : "event.unchecked", {
        item: t(`checklist.${e.field}` as Parameters<typeof t>[0]),
      });
    const key = `fields.${e.field}` as Parameters<typeof tf>[0];
    const field = tf.has(key) ? tf(key) : t("event.otherField");
    return t("event.edited", { field, from: value(e.field, e.from), to: value(e.field, e.to) });
  };
  return (
    <ol className="space-y-2 border-l-2 border-zinc-300 pl-4 dark:border-zinc-700">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at} className="block text-sm text-zinc-600 dark:text-zinc-400">
            {when.format(new Date(e.at))}
          </time>
          <span>{describe(e)}</span>
        </li>
      ))}
    </ol>
  );
}
