import { getTranslations } from "next-intl/server";
import { changeStatusAction, recordFinalBillAction } from "@/app/[locale]/tracker/actions";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { FinalBill } from "@/components/tracker/final-bill";
import { StatusActions } from "@/components/tracker/status-actions";
import type { CaseDto } from "@/lib/data/dto";
import type { IsoDate } from "@/lib/tracker/dates";
import { transitions } from "@/lib/tracker/status";
import { textLimits } from "@/lib/validation/case";
import { CaseSection } from "./case-section";

/**
 * Where the user records what happened: the final bill's check once the service has ended, and
 * the status moves the case allows (sent, confirmed, rejected, …) with the dates each needs.
 */
export async function CaseStatusSection({
  found,
  billDue,
  suggestedEndsOn,
  today,
  locale,
  languageTag,
}: {
  found: CaseDto;
  billDue: boolean;
  /** The end date to offer with a confirmation: only from the operator's confirmed rule. */
  suggestedEndsOn: IsoDate | null;
  today: IsoDate;
  locale: string;
  languageTag: string;
}) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <>
      {billDue && found.endsOn ? (
        <CaseSection id="final-bill" title={t("finalBill.title")}>
          <FinalBill
            caseId={found.id}
            locale={locale}
            languageTag={languageTag}
            endsOn={found.endsOn}
            action={recordFinalBillAction}
          />
        </CaseSection>
      ) : null}

      {transitions[found.status].length > 0 ? (
        <CaseSection id="next-step" title={t("nextStep")}>
          <TrackerClientMessages>
            <StatusActions
              action={changeStatusAction}
              locale={locale}
              caseId={found.id}
              current={found.status}
              next={transitions[found.status]}
              today={today}
              suggestedEndsOn={suggestedEndsOn}
              referenceMaxLength={textLimits.confirmationReference}
            />
          </TrackerClientMessages>
        </CaseSection>
      ) : null}
    </>
  );
}
