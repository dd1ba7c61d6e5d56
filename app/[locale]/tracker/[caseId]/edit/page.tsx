import { getTranslations } from "next-intl/server";
import { loadOwnedCase } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { updateCaseAction } from "@/app/[locale]/tracker/actions";
import { CaseForm } from "@/components/tracker/case-form";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { formValuesOf } from "@/lib/data/cases";
import { textLimits } from "@/lib/validation/case";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/edit">): Promise<Metadata> {
  return casePageMetadata(params, "editCase");
}

/**
 * The edit form carries the version it was opened at and the values it showed, so saving it after
 * the case changed elsewhere (another tab, a link from an e-mail) writes nothing and shows what
 * changed instead (see updateCase).
 */
export default async function EditCasePage({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/edit">) {
  const { locale, caseId, found } = await loadOwnedCase(params);
  const t = await getTranslations({ locale, namespace: "tracker" });
  const shown = formValuesOf(found);
  const initial = {
    ...shown,
    foreignNumber: found.phoneNumber.startsWith("+47") ? "" : "on",
    version: String(found.version),
    base: JSON.stringify(shown),
  };
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("editCase")}</h1>
      <TrackerClientMessages>
        <CaseForm
          action={updateCaseAction}
          locale={locale}
          caseId={caseId}
          initial={initial}
          providers={await providerOptions()}
          limits={textLimits}
          submitLabel={t("save")}
        />
      </TrackerClientMessages>
    </>
  );
}
