import "server-only";
import { getTranslations } from "next-intl/server";
import type { CaseDto } from "@/lib/data/dto";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import type { CaseFileLabel } from "@/lib/letters/case-file-labels";
import { formatPhone } from "@/lib/tracker/phone";

/**
 * The case file's table of details, one row per fact: its Norwegian label's key, the label in
 * the reader's language, and the value. Shared by the printable page and the zip's HTML copy.
 */
export async function caseFileDetails(
  found: CaseDto,
  providerLabel: string,
  locale: string,
): Promise<{ key: CaseFileLabel; reader: string; value: string }[]> {
  const tt = await getTranslations({ locale, namespace: "tracker" });
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const tag = htmlLangOf(locale);
  const date = (v: string | null) => (v ? formatDateOnly(v, tag) : "—");
  const row = (key: CaseFileLabel, value: string) => ({
    key,
    reader: tf(`fields.${key}` as Parameters<typeof tf>[0]),
    value,
  });
  return [
    row("provider", providerLabel),
    row("phoneNumber", formatPhone(found.phoneNumber)),
    row("customerNumber", found.customerNumber ?? "—"),
    row("subscriptionType", tf(`types.${found.subscriptionType}` as Parameters<typeof tf>[0])),
    row("channel", tf(`channels.${found.channel}` as Parameters<typeof tf>[0])),
    row("status", tt(`status.${found.status}` as Parameters<typeof tt>[0])),
    row("submittedOn", date(found.submittedOn)),
    row("confirmationReference", found.confirmationReference ?? "—"),
    row("confirmedOn", date(found.confirmedOn)),
    row("endsOn", date(found.endsOn)),
    row("requestedEndOn", date(found.requestedEndOn)),
  ];
}
