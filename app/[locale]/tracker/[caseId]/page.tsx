import { getTranslations } from "next-intl/server";
import { loadOwnedCase } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import {
  changeStatusAction,
  recordFinalBillAction,
  setChecklistItemAction,
} from "@/app/[locale]/tracker/actions";
import { CaseChecklist } from "@/components/tracker/case-checklist";
import { CaseTimeline } from "@/components/tracker/case-timeline";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { FinalBill } from "@/components/tracker/final-bill";
import { LettersPanel } from "@/components/tracker/letters-panel";
import { NextSteps } from "@/components/tracker/next-steps";
import { OperatorContact } from "@/components/tracker/operator-contact";
import { ProgressLine } from "@/components/tracker/progress-line";
import { StatusActions } from "@/components/tracker/status-actions";
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
import { transitions } from "@/lib/tracker/status";
import { textLimits } from "@/lib/validation/case";
import { CaseDetails } from "./_sections/case-details";
import { CaseEvidenceSection } from "./_sections/case-evidence-section";
import { CaseRemindersSection } from "./_sections/case-reminders-section";
import { CaseRepliesSection } from "./_sections/case-replies-section";
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
  const { saved, missing } = await searchParams;
  const savedMessage = savedMessages.find((m) => m === saved);
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
        <section aria-labelledby="next-steps" className="mt-8">
          <h2 id="next-steps" tabIndex={-1} className="mb-3 scroll-mt-4 text-xl font-semibold">
            {t("nextSteps.title")}
          </h2>
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
        </section>
      ) : null}

      {billDue && found.endsOn ? (
        <section aria-labelledby="final-bill" className="mt-8">
          <h2 id="final-bill" className="mb-3 text-xl font-semibold">
            {t("finalBill.title")}
          </h2>
          <FinalBill
            caseId={caseId}
            locale={locale}
            languageTag={tag}
            endsOn={found.endsOn}
            action={recordFinalBillAction}
          />
        </section>
      ) : null}

      {transitions[found.status].length > 0 ? (
        <section aria-labelledby="next-step" className="mt-8">
          <h2 id="next-step" className="mb-3 text-xl font-semibold">
            {t("nextStep")}
          </h2>
          <TrackerClientMessages>
            <StatusActions
              action={changeStatusAction}
              locale={locale}
              caseId={caseId}
              current={found.status}
              next={transitions[found.status]}
              today={today}
              suggestedEndsOn={ruleConfirmed ? suggestedEndsOn : null}
              referenceMaxLength={textLimits.confirmationReference}
            />
          </TrackerClientMessages>
        </section>
      ) : null}

      <section aria-labelledby="letters" className="mt-8">
        <h2 id="letters" tabIndex={-1} className="mb-3 scroll-mt-4 text-xl font-semibold">
          {t("lettersTitle")}
        </h2>
        <LettersPanel
          caseId={caseId}
          locale={locale}
          languageTag={tag}
          timeZone={timeZone}
          available={availableLetters(found, letters, today)}
          letters={letters}
        />
      </section>

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

      <section aria-labelledby="contact" className="mt-8">
        <h2 id="contact" className="mb-3 text-xl font-semibold">
          {t("contact.title", { name })}
        </h2>
        <OperatorContact
          operator={operator}
          providerLabel={name}
          sources={sources}
          locale={locale}
        />
      </section>

      <CaseDetails found={found} locale={locale} />

      <section aria-labelledby="checklist" className="mt-8 scroll-mt-4">
        <h2 id="checklist" className="mb-3 text-xl font-semibold">
          {t("checklistTitle")}
        </h2>
        <CaseChecklist
          items={getChecklist(user.id, caseId) ?? []}
          caseId={caseId}
          locale={locale}
          languageTag={tag}
          action={setChecklistItemAction}
        />
      </section>

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

      <section aria-labelledby="timeline" className="mt-8">
        <h2 id="timeline" className="mb-3 text-xl font-semibold">
          {t("timeline")}
        </h2>
        <CaseTimeline
          events={listCaseEvents(user.id, caseId) ?? []}
          locale={locale}
          languageTag={tag}
          timeZone={timeZone}
          providers={Object.fromEntries(options.map((o) => [o.id, o.name]))}
        />
      </section>
    </>
  );
}
