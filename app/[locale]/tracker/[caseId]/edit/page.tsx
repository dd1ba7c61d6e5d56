import type { Metadata } from "next";
import { loadOwnedCase } from "@/lib/tracker/case-page";
import { privatePageMetadata } from "@/lib/tracker/private-metadata";
import { getTranslations } from "next-intl/server";
import { CaseForm } from "@/components/tracker/case-form";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { TrackerNav } from "@/components/tracker/tracker-nav";
import { caseFormValues, providerOptions } from "@/lib/tracker/view";
import { updateCaseAction } from "../../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker/[caseId]/edit">): Promise<Metadata> {
  return privatePageMetadata(params, "editCase");
}

export default async function EditCasePage({ params }: PageProps<"/[locale]/tracker/[caseId]/edit">) {
  const { locale, caseId, user, found } = await loadOwnedCase(params, "/edit");
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <>
      <TrackerNav locale={locale} email={user.email} />
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("editCase")}</h1>
      <TrackerClientMessages>
        <CaseForm action={updateCaseAction} locale={locale} caseId={caseId} initial={caseFormValues(found)} providers={await providerOptions()} submitLabel={t("save")} />
      </TrackerClientMessages>
    </>
  );
}
