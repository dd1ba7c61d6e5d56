import { getTranslations } from "next-intl/server";
import { DetailList } from "@/components/ui/detail-list";
import { Link } from "@/components/ui/link";
import type { CaseDto } from "@/lib/data/dto";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { formatPhone } from "@/lib/tracker/phone";

/** The case as entered (and what the tracker added: the leaving date), with edit and delete. */
export async function CaseDetails({ found, locale }: { found: CaseDto; locale: string }) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const tag = htmlLangOf(locale);
  const date = (v: string | null) => (v ? formatDateOnly(v, tag) : "—");
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  const details: [string, string][] = [
    [tf("fields.nickname"), found.nickname ?? "—"],
    [
      tf("fields.subscriptionType"),
      tf(`types.${found.subscriptionType}` as Parameters<typeof tf>[0]),
    ],
    [tf("fields.phoneNumber"), formatPhone(found.phoneNumber)],
    [tf("fields.customerNumber"), found.customerNumber ?? "—"],
    [tf("fields.channel"), tf(`channels.${found.channel}` as Parameters<typeof tf>[0])],
    [tf("fields.submittedOn"), date(found.submittedOn)],
    [tf("fields.confirmationReference"), found.confirmationReference ?? "—"],
    [tf("fields.confirmedOn"), date(found.confirmedOn)],
    [tf("fields.endsOn"), date(found.endsOn)],
    [tf("fields.requestedEndOn"), date(found.requestedEndOn)],
    [
      tf("fields.doneBy"),
      found.doneBy || !found.accountLeavingOn
        ? date(found.doneBy)
        : `${date(found.accountLeavingOn)} (${t("numberStopsReason.leaving")})`,
    ],
    [
      tf("fields.finalBillChecked"),
      found.finalBillDisputed ? t("finalBill.disputedShort") : yesNo(found.finalBillChecked),
    ],
    ...(found.subscriptionType === "prepaid"
      ? [[tf("fields.creditRefundAsked"), yesNo(found.creditRefundAsked)] as [string, string]]
      : []),
    ...(found.hasEquipment
      ? [[tf("fields.equipmentReturned"), yesNo(found.equipmentReturned)] as [string, string]]
      : []),
  ];
  return (
    <section aria-labelledby="details" className="mt-8">
      <h2 id="details" className="mb-3 text-xl font-semibold">
        {t("details")}
      </h2>
      <DetailList items={details} />
      {found.notes ? (
        <p className="mt-3 rounded-md bg-zinc-100 p-3 break-words whitespace-pre-line dark:bg-zinc-900">
          {found.notes}
        </p>
      ) : null}
      <p className="mt-4 flex flex-wrap gap-4">
        <Link
          href={`/${locale}/tracker/${found.id}/edit`}
          className="font-medium underline underline-offset-4"
        >
          {t("editCase")}
        </Link>
        <Link
          href={`/${locale}/tracker/${found.id}/delete`}
          className="font-medium text-red-700 underline underline-offset-4 dark:text-red-300"
        >
          {t("deleteCase")}
        </Link>
      </p>
    </section>
  );
}
