import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CaseForm } from "@/components/tracker/case-form";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { TrackerNav } from "@/components/tracker/tracker-nav";
import { getCase } from "@/lib/data/cases";
import { requireUser } from "@/lib/data/session";
import { isLocale } from "@/lib/i18n/locales";
import { caseFormValues, providerOptions } from "@/lib/tracker/view";
import { updateCaseAction } from "../../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker/[caseId]/edit">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker" });
  return { title: t("editCase"), robots: { index: false } };
}

export default async function EditCasePage({ params }: PageProps<"/[locale]/tracker/[caseId]/edit">) {
  const { locale, caseId } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/tracker/${caseId}/edit`);
  const found = getCase(user.id, caseId);
  if (!found) notFound();
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
