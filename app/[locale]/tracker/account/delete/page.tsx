import { getTranslations } from "next-intl/server";
import { loadTrackerPage } from "@/app/[locale]/tracker/_lib/case-page";
import { deleteAccountAction } from "@/app/[locale]/tracker/account/actions";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { DeleteAccountForm } from "@/components/tracker/delete-account-form";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/account/delete">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker.accountPage" });
  return { title: t("delete"), robots: { index: false } };
}

export default async function DeleteAccountPage({
  params,
}: PageProps<"/[locale]/tracker/account/delete">) {
  const { locale } = await loadTrackerPage(params);
  const t = await getTranslations({ locale, namespace: "tracker.accountPage" });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("delete")}</h1>
      <p className="mb-6">{t("deleteExplain")}</p>
      <TrackerClientMessages>
        <DeleteAccountForm action={deleteAccountAction} locale={locale} />
      </TrackerClientMessages>
    </>
  );
}
