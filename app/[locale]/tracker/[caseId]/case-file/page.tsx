import { getTranslations } from "next-intl/server";
import { caseFileDetails } from "@/app/[locale]/tracker/_lib/case-file-details";
import { loadOwnedCase } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { FactText } from "@/components/operator/fact-text";
import { CaseTimeline } from "@/components/tracker/case-timeline";
import { EvidenceList } from "@/components/tracker/evidence-list";
import { ReplyList } from "@/components/tracker/reply-list";
import { DetailList } from "@/components/ui/detail-list";
import { Link } from "@/components/ui/link";
import { PrintButton } from "@/components/ui/print-button";
import { now } from "@/lib/clock";
import { localizeSource } from "@/lib/content/operator-schema";
import { getOperatorData } from "@/lib/content/operators";
import { getAccount } from "@/lib/data/account";
import { listCaseEvents } from "@/lib/data/cases";
import { listEvidence } from "@/lib/data/evidence";
import { listLetters } from "@/lib/data/letters";
import { listReplies } from "@/lib/data/replies";
import { formatDateOnly, formatInstantDay } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { aside, usesFullWidthPunctuation } from "@/lib/i18n/typography";
import { caseFileLabelsNb, type CaseFileLabel } from "@/lib/letters/case-file-labels";
import { letterLanguage } from "@/lib/letters/fields";
import { letterKindNames } from "@/lib/letters/kind-name";
import { followUp } from "@/lib/reminders/kinds";
import { finalBillAfterDays } from "@/lib/tracker/case-model";
import { defaultTimeZone } from "@/lib/tracker/dates";
import { formatPhone } from "@/lib/tracker/phone";
import { providerName } from "@/lib/tracker/providers";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/case-file">): Promise<Metadata> {
  return casePageMetadata(params, "caseFileTitle");
}

/**
 * One printable page per case, for a complaint: the case, its dated timeline, the letters as
 * prepared and when they were sent, the references, and where each deadline came from, with
 * sources — what Brukerklagenemnda asks a complainant to attach.
 */
export default async function CaseFilePage({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/case-file">) {
  const { locale, caseId, user, found } = await loadOwnedCase(params);
  const t = await getTranslations({ locale, namespace: "letters" });
  const tt = await getTranslations({ locale, namespace: "tracker" });
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const tag = htmlLangOf(locale);
  const timeZone = getAccount(user.id)?.timeZone ?? defaultTimeZone;
  const options = await providerOptions();
  const name = providerName(found, options);
  const { operators, common } = await getOperatorData();
  const operator = operators.find((o) => o.id === found.provider) ?? null;
  const letters = listLetters(user.id, caseId) ?? [];
  const evidence = listEvidence(user.id, caseId) ?? [];
  const replies = listReplies(user.id, caseId) ?? [];
  const date = (v: string | null) => (v ? formatDateOnly(v, tag) : "—");
  const kindName = await letterKindNames(locale);
  const noticeFacts = operator?.sections["notice-period"] ?? [];
  const sources = [...(operator?.sources ?? []), ...common.sources].map((s) =>
    localizeSource(s, locale),
  );
  const citedIds = new Set(noticeFacts.map((f) => f.source).filter(Boolean));
  // Norwegian first, the reader's language beside it: the file goes with a complaint.
  const both = (key: CaseFileLabel, reader: string) => ({
    key,
    node: (
      <>
        <span lang="nb">{caseFileLabelsNb[key]}</span>
        <span className="font-normal"> · {reader}</span>
      </>
    ),
  });
  const details: [ReturnType<typeof both>, string][] = (
    await caseFileDetails(found, name, locale)
  ).map((d) => [both(d.key, d.reader), d.value]);
  // The case's own dates, from the day the cancellation really went out (the log below starts
  // when the case was entered here, which may be later).
  const chronology = [
    { on: found.submittedOn, what: tf("fields.submittedOn") },
    ...letters
      .filter((l) => l.sentOn)
      .map((l) => ({ on: l.sentOn, what: t("sentLetter", { kind: kindName(l.kind) }) })),
    { on: found.confirmedOn, what: tf("fields.confirmedOn") },
    { on: found.endsOn, what: tf("fields.endsOn") },
  ]
    .filter((d): d is { on: string; what: string } => d.on !== null)
    .sort((a, b) => a.on.localeCompare(b.on));
  return (
    <div className="print-sheet space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">
          {t("caseFileTitle", {
            name: [found.nickname, name, formatPhone(found.phoneNumber)]
              .filter(Boolean)
              .join(" · "),
          })}
        </h1>
        <PrintButton label={t("printNow")} />
      </div>
      <p>{t("caseFileIntro")}</p>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {t("caseFileGenerated", {
          date: formatInstantDay(new Date(now()).toISOString(), tag, timeZone),
        })}
      </p>

      <section aria-labelledby="cf-details">
        <h2 id="cf-details" className="mb-3 text-xl font-semibold">
          {t("caseDetails")}
        </h2>
        <DetailList items={details} />
      </section>

      <section aria-labelledby="cf-dates">
        <h2 id="cf-dates" className="mb-3 text-xl font-semibold">
          <span lang="nb">{caseFileLabelsNb.dates}</span> · {t("datesSection")}
        </h2>
        <ol className="space-y-1">
          {chronology.map((d, i) => (
            <li key={i}>
              <span className="font-medium">{date(d.on)}</span> — {d.what}
            </li>
          ))}
        </ol>
      </section>

      {found.notes ? (
        <section aria-labelledby="cf-notes">
          <h2 id="cf-notes" className="mb-3 text-xl font-semibold">
            <span lang="nb">{caseFileLabelsNb.notes}</span> · {tf("fields.notes")}
          </h2>
          <p className="whitespace-pre-line">{found.notes}</p>
        </section>
      ) : null}

      <section aria-labelledby="cf-timeline">
        <h2 id="cf-timeline" className="mb-3 text-xl font-semibold">
          <span lang="nb">{caseFileLabelsNb.timeline}</span> · {tt("timeline")}
        </h2>
        <CaseTimeline
          events={listCaseEvents(user.id, caseId) ?? []}
          locale={locale}
          languageTag={tag}
          timeZone={timeZone}
          providers={Object.fromEntries(options.map((o) => [o.id, o.name]))}
        />
      </section>

      <section aria-labelledby="cf-letters">
        <h2 id="cf-letters" className="mb-3 text-xl font-semibold">
          <span lang="nb">{caseFileLabelsNb.letters}</span> · {t("lettersSection")}
        </h2>
        {letters.length === 0 ? <p>{t("noLetters")}</p> : null}
        <ol className="space-y-6">
          {letters.map((l) => (
            <li key={l.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
              <p className="font-semibold">{kindName(l.kind)}</p>
              <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">
                {t("preparedOn", { date: formatInstantDay(l.preparedAt, tag, timeZone) })} ·{" "}
                {l.sentOn ? t("sentOn", { date: date(l.sentOn) }) : t("notSent")}
              </p>
              <div lang="nb" className="space-y-2">
                <p className="font-semibold">{l.subject[letterLanguage]}</p>
                {l.paragraphs.map((p, i) => (
                  <p key={i} className="whitespace-pre-line">
                    {p[letterLanguage]}
                  </p>
                ))}
              </div>
            </li>
          ))}
        </ol>
      </section>

      {replies.length > 0 ? (
        <section aria-labelledby="cf-replies">
          <h2 id="cf-replies" className="mb-3 text-xl font-semibold">
            <span lang="nb">{caseFileLabelsNb.replies}</span> · {tt("replies.title")}
          </h2>
          <ReplyList replies={replies} locale={locale} languageTag={tag} />
        </section>
      ) : null}

      <section aria-labelledby="cf-evidence">
        <h2 id="cf-evidence" className="mb-3 text-xl font-semibold">
          <span lang="nb">{caseFileLabelsNb.evidence}</span> · {t("evidenceSection")}
        </h2>
        {evidence.length === 0 ? (
          <p>{t("noEvidence")}</p>
        ) : (
          <EvidenceList
            items={evidence}
            locale={locale}
            languageTag={tag}
            timeZone={timeZone}
            caseId={caseId}
            inline
          />
        )}
      </section>

      <section aria-labelledby="cf-rules">
        <h2 id="cf-rules" className="mb-3 text-xl font-semibold">
          {t("rulesSection")}
        </h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>{t("rule.followUp", { days: followUp.everyDays })}</li>
          {operator && noticeFacts.length > 0 ? (
            noticeFacts.map((fact, i) => (
              <li key={i}>
                {t("rule.notice")}
                {usesFullWidthPunctuation(locale) ? "" : " "}
                <FactText text={fact.text[locale] ?? fact.text.en ?? ""} operator={operator} />
                {fact.source
                  ? aside(sources.find((s) => s.id === fact.source)?.title ?? "", locale)
                  : null}
              </li>
            ))
          ) : (
            <li>{t("rule.noNotice")}</li>
          )}
          <li>{t("rule.finalBill", { days: finalBillAfterDays })}</li>
        </ul>
        <h3 className="mt-4 mb-2 font-semibold">{t("sources")}</h3>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {sources
            .filter((s) => citedIds.has(s.id) || common.sources.some((c) => c.id === s.id))
            .map((s) => (
              <li key={s.id}>
                <a href={s.url} rel="noopener noreferrer" className="underline underline-offset-4">
                  {s.title}
                </a>{" "}
                <span className="break-all">{s.url}</span>
              </li>
            ))}
        </ul>
      </section>
      <p className="print:hidden">
        <Link href={`/${locale}/tracker/${caseId}`} className="underline underline-offset-4">
          {t("backToCase")}
        </Link>
      </p>
    </div>
  );
}
