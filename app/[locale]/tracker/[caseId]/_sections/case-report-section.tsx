import { getTranslations } from "next-intl/server";
import { shareReportAction, withdrawReportAction } from "@/app/[locale]/tracker/report-actions";
import { Button } from "@/components/ui/button";
import { DetailList } from "@/components/ui/detail-list";
import { Notice } from "@/components/ui/notice";
import type { CaseReportState } from "@/lib/data/reports";
import { formatMonth } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { reportLimits } from "@/lib/reports/limits";
import type { ReportFacts } from "@/lib/reports/report-of-case";
import { reportThreshold } from "@/lib/reports/summary";
import { CaseSection } from "./case-section";

/** Why a share was refused, as the action's redirect names it (`?report=`). */
export const reportRefusals = [
  "per-operator",
  "per-day",
  "not-through-stages",
  "other-operator",
  "not-closed",
] as const;
export type ReportRefusal = (typeof reportRefusals)[number];

const sameFacts = (a: ReportFacts, b: ReportFacts) =>
  (Object.keys(a) as (keyof ReportFacts)[]).every((key) => a[key] === b[key]);

/**
 * Asked once a case is confirmed or completed, off unless the user chooses it: share, anonymously,
 * what worked (lib/reports). Shows exactly what is or would be shared, and takes it back.
 */
export async function CaseReportSection({
  state,
  caseId,
  operatorName,
  operatorNames,
  refusal,
  locale,
}: {
  /** Null when the case is gone (deleted in another tab while this page rendered). */
  state: CaseReportState | null;
  caseId: string;
  operatorName: string;
  operatorNames: Record<string, string>;
  refusal: ReportRefusal | null;
  locale: string;
}) {
  if (!state || (!state.shared && !state.now.ok && state.now.reason === "not-closed")) return null;
  const t = await getTranslations({ locale, namespace: "readerReports.share" });
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const tag = htmlLangOf(locale);
  const days = (n: number | null) => (n === null ? t("notKnown") : t("days", { n }));
  const facts = (f: ReportFacts): [string, string][] => [
    [t("facts.operator"), operatorNames[f.operator] ?? f.operator],
    [t("facts.subscriptionType"), tf(`types.${f.subscriptionType}` as Parameters<typeof tf>[0])],
    [t("facts.channel"), tf(`channels.${f.channel}` as Parameters<typeof tf>[0])],
    [t("facts.sentMonth"), formatMonth(f.sentMonth, tag)],
    [t("facts.daysToConfirmation"), days(f.daysToConfirmation)],
    [t("facts.daysToEnd"), days(f.daysToEnd)],
    [t("facts.chaseOrComplaint"), f.chaseOrComplaint ? t("yes") : t("no")],
    [
      t("facts.finalBill"),
      f.finalBillRight === null
        ? t("billNotChecked")
        : f.finalBillRight
          ? t("billRight")
          : t("billWrong"),
    ],
  ];
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
    </>
  );
  const current = state.now.ok ? state.now.facts : null;

  return (
    <CaseSection id="share-report" title={t("title")} target>
      {refusal ? (
        <Notice tone="error" urgent className="mb-3">
          {refusal === "per-operator" || refusal === "per-day"
            ? t(`refused.${refusal}`, {
                limit: refusal === "per-operator" ? reportLimits.perOperator : reportLimits.perDay,
              })
            : t(`reasons.${refusal}`)}
        </Notice>
      ) : null}
      {state.shared ? (
        <>
          <p className="mb-3">{t("shared")}</p>
          <h3 className="mb-2 font-semibold">{t("whatWasShared")}</h3>
          <DetailList items={facts(state.shared)} />
          <div className="mt-3 flex flex-wrap gap-3">
            {current && !sameFacts(current, state.shared) ? (
              <form action={shareReportAction}>
                {hidden}
                <p className="mb-2">{t("changed")}</p>
                <Button variant="secondary">{t("update")}</Button>
              </form>
            ) : null}
            <form action={withdrawReportAction} className="self-end">
              {hidden}
              <Button variant="secondary">{t("withdraw")}</Button>
            </form>
          </div>
        </>
      ) : current ? (
        <>
          <p className="mb-3">{t("intro", { name: operatorName, k: reportThreshold })}</p>
          <h3 className="mb-2 font-semibold">{t("whatIsShared")}</h3>
          <DetailList items={facts(current)} />
          <p className="mt-3">{t("neverShared")}</p>
          <p className="mt-1">{t("whenShown", { k: reportThreshold })}</p>
          <form action={shareReportAction} className="mt-3">
            {hidden}
            <Button variant="secondary">{t("button")}</Button>
          </form>
        </>
      ) : (
        <p>{t(`reasons.${state.now.ok ? "not-closed" : state.now.reason}`)}</p>
      )}
    </CaseSection>
  );
}
