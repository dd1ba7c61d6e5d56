"use server";

import { buttonAction } from "@/lib/actions/form-action";
import { getOperatorData } from "@/lib/content/operators";
import { shareCaseReport, withdrawCaseReport } from "@/lib/data/reports";
import { caseButtonSchema } from "@/lib/validation/case";

// Sharing a closed case's report with other readers (issue #27), and taking it back. Like every
// action, a public POST: the data layer checks that the case is the signed-in user's.

const reportSection = (locale: string, caseId: string, query: string) =>
  `/${locale}/tracker/${caseId}?${query}#share-report`;

export const shareReportAction = buttonAction("share-report", {
  schema: () => caseButtonSchema,
  run: async (input, { user, locale }) => {
    const { operators } = await getOperatorData();
    const outcome = shareCaseReport(
      user.id,
      input.caseId,
      operators.map((o) => o.id),
    );
    if (outcome.ok)
      return { redirectTo: reportSection(locale, input.caseId, "saved=report-shared") };
    if (outcome.reason === "not-found") return { message: "notFound" };
    return { redirectTo: reportSection(locale, input.caseId, `report=${outcome.reason}`) };
  },
});

export const withdrawReportAction = buttonAction("withdraw-report", {
  schema: () => caseButtonSchema,
  run: (input, { user, locale }) =>
    withdrawCaseReport(user.id, input.caseId)
      ? { redirectTo: reportSection(locale, input.caseId, "saved=report-withdrawn") }
      : { message: "notFound" },
});
