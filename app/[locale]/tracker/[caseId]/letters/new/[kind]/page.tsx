import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadOwnedCase, missingLetterPath } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { prepareLetterAction } from "@/app/[locale]/tracker/letter-actions";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { LetterForm } from "@/components/tracker/letter-form";
import { Link } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { userToday } from "@/lib/data/account";
import { letterProfile, listLetters } from "@/lib/data/letters";
import { availableLetters } from "@/lib/letters/availability";
import { lastDeceasedName, writesForEstate } from "@/lib/letters/estate";
import { lastSentOn } from "@/lib/letters/facts";
import { isLetterKind, type LetterKind } from "@/lib/letters/fields";
import { letterFormFields } from "@/lib/letters/form-fields";
import { providerName } from "@/lib/tracker/providers";
import { complaintReasons } from "@/lib/validation/letter";
import type { Metadata } from "next";

/** What the reader must know before preparing a letter of some kinds, shown above its form. */
const kindNotes: Partial<
  Record<
    LetterKind,
    {
      tone: "info" | "warning";
      message: "portingNote" | "bknWaitNote" | "withdrawalNote" | "estateNote" | "employerNote";
    }
  >
> = {
  cancellation: { tone: "info", message: "portingNote" },
  "bkn-complaint": { tone: "info", message: "bknWaitNote" },
  withdrawal: { tone: "warning", message: "withdrawalNote" },
  "estate-cancellation": { tone: "info", message: "estateNote" },
  "employer-owner-change": { tone: "info", message: "employerNote" },
};

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/letters/new/[kind]">): Promise<Metadata> {
  return casePageMetadata(params, "lettersTitle");
}

/** Prepare one letter for a case: the questions it still needs, then the letter page. */
export default async function NewLetterPage({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/letters/new/[kind]">) {
  const { kind } = await params;
  const { locale, caseId, user, found } = await loadOwnedCase(params);
  if (!isLetterKind(kind)) redirect(missingLetterPath(locale, found.id));
  const t = await getTranslations({ locale, namespace: "letters" });
  const letters = listLetters(user.id, caseId) ?? [];
  const options = await providerOptions();
  const name = providerName(found, options);
  const back = (
    <p className="mt-6">
      <Link href={`/${locale}/tracker/${caseId}#letters`} className="underline underline-offset-4">
        {t("backToCase")}
      </Link>
    </p>
  );
  const title = (
    <h1 className="mb-4 text-3xl font-bold tracking-tight">
      {t("newTitle", { kind: t(`kind.${kind}`) })}
    </h1>
  );
  if (!availableLetters(found, letters, userToday(user.id)).includes(kind)) {
    return (
      <>
        {title}
        <Notice tone="info">{t("notAvailable")}</Notice>
        {back}
      </>
    );
  }
  const profile = letterProfile(user.id);
  const forEstate = writesForEstate(kind, letters);
  const fields = letterFormFields(kind, found, forEstate);
  const defaults: Record<string, string> = {
    fullName: profile.name,
    birthDate: profile.birthDate ?? "",
    // Where the operator can send its written answer: the account's address, which the user
    // can change or clear here.
    email: profile.email,
    // Keeping a birth date on the account is opt-in: ticked only if the reader chose it before.
    remember: profile.name || profile.birthDate ? "on" : "",
    customerNumber: found.customerNumber ?? "",
    // The heir types the deceased's name once: every letter for the estate starts from the last
    // one's (they can change it). Only on forms that ask it, so no other form's payload holds it.
    ...(fields.includes("deceasedName") ? { deceasedName: lastDeceasedName(letters) ?? "" } : {}),
    complaintSentOn: lastSentOn(letters, "operator-complaint") ?? "",
    ...(kind === "operator-complaint" && found.status === "submitted"
      ? { reasonNoConfirmation: "on" }
      : {}),
    ...(kind === "operator-complaint" && found.finalBillDisputed ? { reasonCharged: "on" } : {}),
  };
  const notice = options.find((o) => o.id === found.provider)?.notice;
  return (
    <>
      {title}
      <p className="mb-4">{t("newIntro")}</p>
      {kind in kindNotes ? (
        <Notice tone={kindNotes[kind]!.tone} className="mb-4">
          {t(kindNotes[kind]!.message)}
        </Notice>
      ) : null}
      {forEstate ? (
        <Notice tone="info" className="mb-4">
          {t("forEstateNote")}
        </Notice>
      ) : null}
      {kind === "final-bill-dispute" && notice?.billsToEndOfInvoicePeriod ? (
        <Notice tone="warning" className="mb-4">
          {t("billingCaveat", { name })}
        </Notice>
      ) : null}
      <TrackerClientMessages>
        <LetterForm
          action={prepareLetterAction}
          locale={locale}
          caseId={caseId}
          kind={kind}
          fields={fields}
          defaults={defaults}
          reasonChoices={complaintReasons.filter(
            (r) => r !== "reasonCredit" || found.subscriptionType === "prepaid",
          )}
        />
      </TrackerClientMessages>
      {back}
    </>
  );
}
