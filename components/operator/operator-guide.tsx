import { getTranslations } from "next-intl/server";
import { SourceList } from "@/components/guide/source-list";
import { Callout } from "@/components/mdx/callout";
import { buildOperatorPage } from "@/lib/content/operator-page";
import type { Operator, OperatorCommon } from "@/lib/content/operator-schema";
import { enumerate, usesFullWidthPunctuation } from "@/lib/i18n/typography";
import { FactText } from "./fact-text";
import { SourceMark } from "./source-mark";
import type { ReactNode } from "react";

/**
 * The body of one operator guide: every section, each fact with its source or a "confirm";
 * `children` come after the sections and before the sources (the readers' reports).
 */
export async function OperatorGuide({
  operator,
  common,
  locale,
  children,
}: {
  operator: Operator;
  common: OperatorCommon;
  locale: string;
  children?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "operators" });
  const tGuide = await getTranslations({ locale, namespace: "guide" });
  const { sections, sources } = buildOperatorPage(operator, common, locale);
  const mark = (sourceId: string | null | undefined, note = false) => (
    <SourceMark
      sourceId={sourceId}
      note={note}
      noteLabel={t("editorialNote")}
      sources={sources}
      citeLabel={tGuide("source")}
      reportedLabel={t("reported")}
      reportedTitle={t("reportedExplained", { name: operator.name })}
    />
  );

  return (
    <>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id}>
          <h2 id={section.id}>{t(`sections.${section.id}`)}</h2>
          <ul>
            {section.id === "how-to-cancel" && operator.channels ? (
              <li>
                {t("waysToCancel", {
                  channels: enumerate(
                    operator.channels.list.map((c) => t(`channelNames.${c}`)),
                    locale,
                  ),
                })}
                {mark(operator.channels.source)}
              </li>
            ) : null}
            {section.id === "how-to-cancel" && operator.phone ? (
              <li>
                {t("customerService")}
                <a href={`tel:${operator.phone.tel}`}>{operator.phone.display}</a>
                {mark(operator.phone.source)}
              </li>
            ) : null}
            {section.id === "notice-period" && operator.notice ? (
              <li>
                {t("noticeRule", { rule: t(`rules.${operator.notice.rule}`) })}
                {mark(operator.notice.source)}
              </li>
            ) : null}
            {section.id === "notice-period" && operator.notice?.billsToEndOfInvoicePeriod ? (
              <li>
                <strong>{t("billsToEndOfInvoicePeriod")}</strong>
                {usesFullWidthPunctuation(locale) ? "" : " "}
                {t("billingCaveat", { name: operator.name })}
                {mark(operator.notice.billsToEndOfInvoicePeriod.source)}
              </li>
            ) : null}
            {[...section.facts, ...section.generalFacts].map((fact, index) => (
              <li key={index}>
                <FactText text={fact.text[locale] ?? ""} operator={operator} />
                {mark(fact.source, fact.note)}
              </li>
            ))}
          </ul>
          {section.needsConfirmation ? (
            <Callout type="warning" title={t("confirm", { name: operator.name })}>
              <p>
                {t("confirmBox", { name: operator.name })}{" "}
                <a href={operator.website} rel="noopener noreferrer external">
                  {t("website", { name: operator.name })}
                </a>
              </p>
            </Callout>
          ) : null}
        </section>
      ))}
      {children}
      <SourceList sources={sources} locale={locale} lastChecked={operator.lastChecked} />
    </>
  );
}
