import { getTranslations } from "next-intl/server";
import { loadOwnedCase } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { setChecklistItemAction } from "@/app/[locale]/tracker/actions";
import { CaseChecklist } from "@/components/tracker/case-checklist";
import { CaseTimeline } from "@/components/tracker/case-timeline";
import { LettersPanel } from "@/components/tracker/letters-panel";
import { NextSteps } from "@/components/tracker/next-steps";
import { OperatorContact } from "@/components/tracker/operator-contact";
import { ProgressLine } from "@/components/tracker/progress-line";
import { FocusHashTarget } from "@/components/ui/focus-hash-target";
import { Notice } from "@/components/ui/notice";
import { hasCalendarDates } from "@/lib/calendar/case-events";
import { localizeSource } from "@/lib/content/operator-schema";
import { getOperatorData } from "@/lib/content/operators";
import { getAccount, userToday } from "@/lib/data/account";
import { getChecklist, listCaseEvents } from "@/lib/data/cases";
import { listEvidence } from "@/lib/data/evidence";
import { listLetters } from "@/lib/data/letters";
import { listCaseReminders } from "@/lib/data/reminders";
import { listReplies } from "@/lib/data/replies";
import { getCaseReportState } from "@/lib/data/reports";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { availableLetters } from "@/lib/letters/availability";
import { caseLabel } from "@/lib/tracker/case-label";
import {
  finalBillPending,
  letterEvents,
  modelBasis,
  modelOn,
  numberStopsBy,
  suggestedEndOn,
} from "@/lib/tracker/case-model";
import { defaultTimeZone } from "@/lib/tracker/dates";
import { nextStepsStage } from "@/lib/tracker/next-steps-stage";
import { progressSteps } from "@/lib/tracker/progress";
import { providerName } from "@/lib/tracker/providers";
import { CaseDetails } from "./_sections/case-details";
import { CaseEvidenceSection } from "./_sections/case-evidence-section";
import { CaseRemindersSection } from "./_sections/case-reminders-section";
import { CaseRepliesSection } from "./_sections/case-replies-section";
import { CaseReportSection, reportRefusals } from "./_sections/case-report-section";
import { CaseSection } from "./_sections/case-section";
import { CaseStatusSection } from "./_sections/case-status-section";
import { CaseSummary } from "./_sections/case-summary";
import type { Metadata } from "next";

const savedMessages = [
  "case",
  "status",
  "snoozed",
  "resumed",
  "reminders",
  "bill-correct",
  "disputed",
  "letter-sent",
  "evidence",
  "evidence-already-there",
  "evidence-removed",
  "reply",
  "reply-confirmed",
  "reply-rejected",
  "report-shared",
  "report-withdrawn",
] as const;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]">): Promise<Metadata> {
  return casePageMetadata(params);
}

export default async function CasePage({
  params,
  searchParams,
}: PageProps<"/[locale]/tracker/[caseId]">) {
  const { locale, caseId, user, found } = await loadOwnedCase(params);
  const t = await getTranslations({ locale, namespace: "tracker" });
  const account = getAccount(user.id);
  const timeZone = account?.timeZone ?? defaultTimeZone;
  const { saved, missing, report } = await searchParams;
  const savedMessage = savedMessages.find((m) => m === saved);
  const reportRefusal = reportRefusals.find((r) => r === report) ?? null;
  const today = userToday(user.id);
  const tag = htmlLangOf(locale);
  const options = await providerOptions();
  const { operators, common } = await getOperatorData();
  const operator = operators.find((o) => o.id === found.provider) ?? null;
  const name = providerName(found, options);
  const notice = options.find((o) => o.id === found.provider)?.notice;
  // The end date from the rule stored with the case (the one the model counts with); it is the
  // operator's confirmed rule only while the operator's sourced rule is still that one.
  const suggestedEndsOn = found.endsOn ?? suggestedEndOn(found, today);
  const ruleConfirmed = !!notice?.confirmed && notice.rule === found.noticeRule;
  const letters = listLetters(user.id, caseId) ?? [];
  // The case model: every date, state and next step on this page comes from it.
  const events = letterEvents(letters);
  const basis = modelBasis(found, events);
  const model = modelOn(found, basis, today);
  const stage = nextStepsStage(found, model, events);
  const billDue = finalBillPending(found, today);
  // When BankID, Vipps and codes must be moved by, if anything depends on the number here.
  const stops = numberStopsBy(found, today);
  const sources = [...(operator?.sources ?? []), ...common.sources].map((s) =>
    localizeSource(s, locale),
  );

  return (
    <>
      <FocusHashTarget key={found.version} />
      <h1 className="text-3xl font-bold tracking-tight">{caseLabel(found, options)}</h1>
      <div className="mt-5">
        <ProgressLine
          steps={progressSteps(found, basis, today)}
          locale={locale}
          languageTag={tag}
        />
      </div>
      <CaseSummary
        found={found}
        model={model}
        notice={notice}
        suggestedEndsOn={suggestedEndsOn}
        ruleConfirmed={ruleConfirmed}
        name={name}
        today={today}
        locale={locale}
      />
      {savedMessage ? (
        <Notice tone="success" className="mt-4">
          {t(`saved.${savedMessage}`)}
        </Notice>
      ) : null}
      {missing === "letter" ? (
        <Notice tone="error" urgent className="mt-4">
          {t("letterNotFound")}
        </Notice>
      ) : null}

      {stage ? (
        <CaseSection id="next-steps" title={t("nextSteps.title")} target>
          <NextSteps
            stage={stage}
            operatorName={name}
            operator={operator}
            complaintFacts={common.sections.complaints}
            sources={sources}
            endsOn={found.endsOn}
            locale={locale}
            languageTag={tag}
          />
        </CaseSection>
      ) : null}

      <CaseStatusSection
        found={found}
        billDue={billDue}
        suggestedEndsOn={ruleConfirmed ? suggestedEndsOn : null}
        today={today}
        locale={locale}
        languageTag={tag}
      />

      <CaseReportSection
        state={getCaseReportState(
          user.id,
          caseId,
          operators.map((o) => o.id),
        )}
        caseId={caseId}
        operatorName={name}
        operatorNames={Object.fromEntries(options.map((o) => [o.id, o.name]))}
        refusal={reportRefusal}
        locale={locale}
      />

      <CaseSection id="letters" title={t("lettersTitle")} target>
        <LettersPanel
          caseId={caseId}
          locale={locale}
          languageTag={tag}
          timeZone={timeZone}
          available={availableLetters(found, letters, today)}
          letters={letters}
        />
      </CaseSection>

      <CaseRepliesSection
        replies={listReplies(user.id, caseId) ?? []}
        caseId={caseId}
        locale={locale}
        languageTag={tag}
      />

      <CaseEvidenceSection
        items={listEvidence(user.id, caseId) ?? []}
        caseId={caseId}
        locale={locale}
        languageTag={tag}
        timeZone={timeZone}
      />

      <CaseSection id="contact" title={t("contact.title", { name })}>
        <OperatorContact
          operator={operator}
          providerLabel={name}
          sources={sources}
          locale={locale}
        />
      </CaseSection>

      <CaseDetails found={found} locale={locale} />

      <CaseSection id="checklist" title={t("checklistTitle")} target>
        <CaseChecklist
          items={getChecklist(user.id, caseId) ?? []}
          caseId={caseId}
          locale={locale}
          languageTag={tag}
          action={setChecklistItemAction}
        />
      </CaseSection>

      <CaseRemindersSection
        found={found}
        reminders={listCaseReminders(user.id, caseId) ?? []}
        account={{
          remindersEnabled: account?.remindersEnabled ?? true,
          reminderOptOuts: account?.reminderOptOuts ?? [],
        }}
        timeZone={timeZone}
        stopsOn={stops?.on ?? null}
        hasCalendarDates={hasCalendarDates(found.status, basis)}
        locale={locale}
      />

      <CaseSection id="timeline" title={t("timeline")}>
        <CaseTimeline
          events={listCaseEvents(user.id, caseId) ?? []}
          locale={locale}
          languageTag={tag}
          timeZone={timeZone}
          providers={Object.fromEntries(options.map((o) => [o.id, o.name]))}
        />
      </CaseSection>
    </>
  );
}
