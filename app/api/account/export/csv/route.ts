import { getTranslations } from "next-intl/server";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { nowIso } from "@/lib/clock";
import { getAccount } from "@/lib/data/account";
import { listCases } from "@/lib/data/cases";
import { getSessionUser } from "@/lib/data/session";
import { toCsv } from "@/lib/export/csv";
import { formatPhone } from "@/lib/tracker/phone";
import { providerName } from "@/lib/tracker/providers";

/** The user's cases as a CSV file, headers and labels in their language, dates as YYYY-MM-DD. */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to download your data." }, { status: 401 });
  const locale = getAccount(user.id)?.locale ?? "en";
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const tt = await getTranslations({ locale, namespace: "tracker" });
  const options = await providerOptions();
  const label = (key: string) =>
    tf.has(key as Parameters<typeof tf>[0])
      ? tf(key as Parameters<typeof tf>[0])
      : key.split(".").at(-1)!;
  const columns = [
    "provider",
    "phoneNumber",
    "subscriptionType",
    "channel",
    "status",
    "submittedOn",
    "confirmationReference",
    "confirmedOn",
    "endsOn",
    "customerNumber",
    "finalBillChecked",
    "notes",
  ] as const;
  const rows = listCases(user.id).map((c) => [
    providerName(c, options),
    formatPhone(c.phoneNumber),
    label(`types.${c.subscriptionType}`),
    label(`channels.${c.channel}`),
    tt(`status.${c.status}` as Parameters<typeof tt>[0]),
    c.submittedOn,
    c.confirmationReference,
    c.confirmedOn,
    c.endsOn,
    c.customerNumber,
    c.finalBillChecked ? tt("yes") : tt("no"),
    c.notes,
  ]);
  const csv = toCsv(
    columns.map((c) => label(`fields.${c}`)),
    rows,
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="si-opp-cases-${nowIso().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
