import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/tracker/status-badge";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import type { CaseDto } from "@/lib/data/dto";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { numberStopsBy, type CaseModel } from "@/lib/tracker/case-model";
import { checklistFor, numberDependentItems } from "@/lib/tracker/checklist";
import type { IsoDate } from "@/lib/tracker/dates";
import type { ProviderOption } from "@/lib/tracker/providers";

/**
 * Where the case stands, under its title: status and who it waits on, the next date, the day
 * the number stops (when BankID, Vipps and codes depend on it), the end date the operator's rule
 * suggests, and the operator's billing caveat. Every date comes from the case model.
 */
export async function CaseSummary({
  found,
  model,
  notice,
  suggestedEndsOn,
  ruleConfirmed,
  name,
  today,
  locale,
}: {
  found: CaseDto;
  model: CaseModel;
  notice: ProviderOption["notice"] | undefined;
  /** The end date the case's notice rule gives (case-model.ts, `suggestedEndOn`), or the one entered. */
  suggestedEndsOn: IsoDate | null;
  /** Whether that rule is the operator's, with a source (else it is shown as reported). */
  ruleConfirmed: boolean;
  name: string;
  today: IsoDate;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  const tag = htmlLangOf(locale);
  const date = (v: string | null) => (v ? formatDateOnly(v, tag) : "—");
  const deadline = model.next;
  const stops = numberStopsBy(found, today);
  const movesCodes = checklistFor(found).some((i) => numberDependentItems.includes(i.key));
  return (
    <>
      <p id="status" tabIndex={-1} className="mt-5 flex scroll-mt-4 flex-wrap items-center gap-2">
        <StatusBadge status={found.status} label={t(`status.${found.status}`)} />
        <span>{t(`waitingOn.${model.waitingOn}`)}</span>
        {model.overdue ? <Badge tone="alert">{t("overdue")}</Badge> : null}
      </p>
      {deadline ? (
        <p className="mt-2">{t(`deadline.${deadline.kind}`, { date: date(deadline.on) })}</p>
      ) : null}
      {stops && movesCodes && found.status !== "completed" ? (
        <p className="mt-2">
          {t("numberStops", {
            date: date(stops.on),
            reason: t(`numberStopsReason.${stops.reason}`),
          })}
        </p>
      ) : null}
      {found.endsOn === null && suggestedEndsOn ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          {t(ruleConfirmed ? "suggestedEnd" : "suggestedEndReported", {
            date: date(suggestedEndsOn),
          })}
        </p>
      ) : null}
      {notice?.billsToEndOfInvoicePeriod && found.status !== "completed" ? (
        <Notice tone="warning" className="mt-4">
          {t("billingCaveat", { name })}
        </Notice>
      ) : null}
    </>
  );
}
