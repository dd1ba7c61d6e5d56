import { getMessages, getTranslations } from "next-intl/server";
import { ReaderReportsIsland } from "./reader-reports-island";

export const readerReportsHeadingId = "reader-reports";

/**
 * "What readers reported" on an operator's guide: beside the operator's own sourced rules, never
 * in their place. The figures come in after load (see ReaderReportsIsland); the section's words
 * are part of the prerendered page.
 */
export async function ReaderReportsSection({
  operator,
  operatorName,
  locale,
  languageTag,
}: {
  operator: string;
  operatorName: string;
  locale: string;
  languageTag: string;
}) {
  const t = await getTranslations({ locale, namespace: "readerReports" });
  const messages = await getMessages({ locale });
  return (
    <section aria-labelledby={readerReportsHeadingId}>
      <h2 id={readerReportsHeadingId}>{t("title")}</h2>
      <p>{t("intro", { name: operatorName })}</p>
      <ReaderReportsIsland
        operator={operator}
        locale={locale}
        languageTag={languageTag}
        messages={{
          readerReports: messages.readerReports,
          caseForm: { channels: messages.caseForm.channels },
        }}
        text={{
          couldNotLoad: t("couldNotLoad"),
          seeFigures: t("seeFigures", { name: operatorName }),
        }}
      />
    </section>
  );
}
