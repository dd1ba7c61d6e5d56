import "server-only";
import { getTranslations } from "next-intl/server";
import { caseListHref, caseListQueryOf } from "@/app/[locale]/tracker/_lib/case-list-url";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { getAccount } from "@/lib/data/account";
import { listCases } from "@/lib/data/cases";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { formatPhone } from "@/lib/tracker/phone";
import { providerName } from "@/lib/tracker/providers";

export type CaseTable = {
  header: string[];
  rows: (string | null)[][];
  /** The column of phone numbers (a CSV writes them so no spreadsheet reads a formula). */
  phoneColumn: number;
};

const columns = [
  "nickname",
  "provider",
  "phoneNumber",
  "subscriptionType",
  "channel",
  "status",
  "submittedOn",
  "confirmationReference",
  "confirmedOn",
  "endsOn",
  "requestedEndOn",
  "doneBy",
  "customerNumber",
  "finalBillChecked",
  "notes",
] as const;

/**
 * Which cases a spreadsheet request asks for: the ticked ones (`caseId`, from the dashboard's bulk
 * form), or every case (the account page's link, which sends none). The bulk form also sends
 * `back`: with nothing ticked it answers with the dashboard's "tick one first", never with
 * every case.
 */
export function exportSelection(request: Request): { only: string[] } | { response: Response } {
  const params = new URL(request.url).searchParams;
  const only = params.getAll("caseId");
  if (only.length > 0 || !params.has("back")) return { only };
  const requested = params.get("locale") ?? "";
  const locale = isLocale(requested) ? requested : defaultLocale;
  const back = caseListQueryOf(params.get("back") ?? "");
  const location = caseListHref(locale, back, { bulk: "none" });
  return { response: new Response(null, { status: 303, headers: { Location: location } }) };
}

/**
 * A user's cases as one table for the spreadsheet exports (CSV and XLSX): headers and labels in
 * their language, dates as YYYY-MM-DD, numbers written out in full (the file is theirs). With
 * `only` (the dashboard's ticked cases), just those of them; ids of other users' cases match none.
 */
export async function caseTable(userId: string, only?: readonly string[]): Promise<CaseTable> {
  const locale = getAccount(userId)?.locale ?? "en";
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const tt = await getTranslations({ locale, namespace: "tracker" });
  const options = await providerOptions();
  const label = (key: string) =>
    tf.has(key as Parameters<typeof tf>[0])
      ? tf(key as Parameters<typeof tf>[0])
      : key.split(".").at(-1)!;
  const wanted = only && only.length > 0 ? new Set(only) : null;
  const rows = listCases(userId)
    .filter((c) => !wanted || wanted.has(c.id))
    .map((c) => [
      c.nickname,
      providerName(c, options),
      formatPhone(c.phoneNumber),
      label(`types.${c.subscriptionType}`),
      label(`channels.${c.channel}`),
      tt(`status.${c.status}` as Parameters<typeof tt>[0]),
      c.submittedOn,
      c.confirmationReference,
      c.confirmedOn,
      c.endsOn,
      c.requestedEndOn,
      c.doneBy,
      c.customerNumber,
      c.finalBillChecked ? tt("yes") : tt("no"),
      c.notes,
    ]);
  return {
    header: columns.map((c) => label(`fields.${c}`)),
    rows,
    phoneColumn: columns.indexOf("phoneNumber"),
  };
}
