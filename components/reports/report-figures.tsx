import { useTranslations } from "next-intl";
import { formatMonth } from "@/lib/format-date";
import type { ReportSummary, Share } from "@/lib/reports/summary";

/**
 * An operator's readers' reports as the reader sees them, from the summary alone (the k rule
 * and the rounding are already applied). No hooks but translations, so the static operator
 * page's client island and the server-rendered reports page share it.
 */
export function ReportFigures({
  summary,
  languageTag,
}: {
  summary: ReportSummary;
  languageTag: string;
}) {
  const t = useTranslations("readerReports");
  const tChannel = useTranslations("caseForm.channels");
  const k = summary.threshold;
  // Channels are the case form's (the report is derived from the case); an unknown one shows as is.
  const channelName = (channel: string) => {
    const key = channel as Parameters<typeof tChannel>[0];
    return tChannel.has(key) ? tChannel(key) : channel;
  };
  if (!summary.enough)
    return <p data-testid="reader-reports-not-enough">{t("notEnough", { k })}</p>;

  const share = (value: Share) =>
    "percent" in value
      ? t("sharePercent", { share: value.percent / 100 })
      : "fewerThan" in value
        ? t("fewerThan", { k: value.fewerThan })
        : t("allButFewerThan", { k: value.allButFewerThan });
  const spread = (
    key: "daysToConfirmation" | "daysToEnd",
    s: NonNullable<typeof summary.daysToEnd>,
  ) => t(key, { median: s.median, lower: s.lowerQuartile, upper: s.upperQuartile });
  return (
    <div data-testid="reader-reports-figures" className="space-y-3">
      <p>
        {t("period", {
          count: t("band", { from: summary.reports.from, last: summary.reports.below - 1 }),
          from: formatMonth(summary.period.from, languageTag),
          to: formatMonth(summary.period.to, languageTag),
        })}
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>{spread("daysToConfirmation", summary.daysToConfirmation)}</li>
        {summary.daysToEnd ? <li>{spread("daysToEnd", summary.daysToEnd)}</li> : null}
        <li>{t("chase", { share: share(summary.chaseOrComplaint) })}</li>
        {summary.finalBillWrong ? (
          <li>{t("finalBillWrong", { share: share(summary.finalBillWrong) })}</li>
        ) : null}
      </ul>
      <h3 className="font-semibold">{t("channelsTitle")}</h3>
      {summary.channels.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6">
          {summary.channels.map((c) => (
            <li key={c.channel}>
              {t("channelShare", {
                channel: channelName(c.channel),
                share: share(c.share),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noChannel", { k })}</p>
      )}
      {summary.otherChannels ? <p>{t("otherChannels", { k })}</p> : null}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("howItWorks", { k })}</p>
    </div>
  );
}
