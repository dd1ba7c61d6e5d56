import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { CaseReminderDto } from "@/lib/data/dto";
import { formatDateOnly } from "@/lib/format-date";
import { reminderKinds } from "@/lib/reminders/kinds";

/**
 * The real state of a case's reminders: planned (or "sending shortly" once due), sent, still
 * being retried, paused until a date (with a resume button), and kinds that are off, for this
 * case or in the account settings. Delivery problems are ours to fix: no error text is shown.
 */
export async function CaseReminders({
  items,
  locale,
  languageTag,
  timeZone,
  now,
  account,
  muted,
  snoozedUntil,
  stopsOn,
  caseId,
  resumeAction,
}: {
  items: CaseReminderDto[];
  locale: string;
  languageTag: string;
  timeZone: string;
  now: number;
  account: { remindersEnabled: boolean; reminderOptOuts: string[] };
  muted: string[];
  snoozedUntil: string | null;
  /** The day the number may stop (the case model's numberStopsBy): the before-end reminder's. */
  stopsOn: string | null;
  caseId: string;
  resumeAction: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: "tracker.reminders" });
  const when = new Intl.DateTimeFormat(languageTag, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  const time = new Intl.DateTimeFormat(languageTag, { timeStyle: "short", timeZone });
  const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date(now));
  const visible = items.filter((r) => r.status !== "cancelled");
  const state = (r: CaseReminderDto) => {
    if (r.status === "sent" && r.sentAt)
      return t("sent", { date: when.format(new Date(r.sentAt)) });
    if (r.status === "failed") return t("failed");
    if (r.status === "sending" || (r.status === "pending" && r.dueAt <= now))
      return t("sendingShortly");
    if (r.attempts > 0) return t("retrying");
    return t("upcoming", {
      date: `${formatDateOnly(r.dueOn, languageTag)} ${time.format(new Date(r.dueAt))}`,
    });
  };
  const kindName = (kind: string) => t(`kind.${kind}` as Parameters<typeof t>[0]);
  const offInAccount = reminderKinds.filter((k) => account.reminderOptOuts.includes(k));
  const offHere = reminderKinds.filter((k) => muted.includes(k) && !offInAccount.includes(k));
  const paused = snoozedUntil && snoozedUntil > today ? snoozedUntil : null;

  if (!account.remindersEnabled) {
    return (
      <p>
        {t("globalOff")}{" "}
        <Link href={`/${locale}/tracker/account`} className="underline underline-offset-4">
          {t("settingsLink")}
        </Link>
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {paused ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-zinc-300 p-3 dark:border-zinc-700">
          <p>{t("pausedUntil", { date: formatDateOnly(paused, languageTag) })}</p>
          <form action={resumeAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="caseId" value={caseId} />
            <Button variant="secondary" className="px-3 py-1 text-sm">
              {t("resume")}
            </Button>
          </form>
          {stopsOn && stopsOn < paused ? (
            <p className="w-full text-sm font-medium text-amber-900 dark:text-amber-300">
              {t("pausedPastEnd", { date: formatDateOnly(stopsOn, languageTag) })}
            </p>
          ) : null}
        </div>
      ) : null}
      {visible.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {visible.map((r) => (
            <li key={r.id}>
              <span className="font-medium">{kindName(r.kind)}</span>: {state(r)}
            </li>
          ))}
        </ul>
      )}
      {offInAccount.length > 0 ? (
        <p className="text-sm">
          {t("offInAccount", {
            kinds: offInAccount.map(kindName).join(locale === "zh" ? "、" : ", "),
          })}{" "}
          <Link href={`/${locale}/tracker/account`} className="underline underline-offset-4">
            {t("settingsLink")}
          </Link>
        </p>
      ) : null}
      {offHere.length > 0 ? (
        <p className="text-sm">
          {t("offHere", { kinds: offHere.map(kindName).join(locale === "zh" ? "、" : ", ") })}
        </p>
      ) : null}
    </div>
  );
}
