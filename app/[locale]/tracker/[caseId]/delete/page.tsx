import type { Metadata } from "next";
import { loadOwnedCase } from "@/lib/tracker/case-page";
import { privatePageMetadata } from "@/lib/tracker/private-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TrackerNav } from "@/components/tracker/tracker-nav";
import { maskPhone } from "@/lib/tracker/phone";
import { providerName, providerOptions } from "@/lib/tracker/view";
import { deleteCaseAction } from "../../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker/[caseId]/delete">): Promise<Metadata> {
  return privatePageMetadata(params, "deleteCase");
}

/** Deleting asks once more on its own page, so it works the same with or without JavaScript. */
export default async function DeleteCasePage({ params }: PageProps<"/[locale]/tracker/[caseId]/delete">) {
  const { locale, caseId, user, found } = await loadOwnedCase(params, "/delete");
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <>
      <TrackerNav locale={locale} email={user.email} />
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("deleteCase")}</h1>
      <p className="mb-6">{t("deleteConfirm", { name: `${providerName(found, await providerOptions())} · ${maskPhone(found.phoneNumber)}` })}</p>
      <form action={deleteCaseAction} className="flex flex-wrap gap-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="caseId" value={caseId} />
        <button type="submit" className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800">{t("deleteYes")}</button>
        <Link href={`/${locale}/tracker/${caseId}`} className="px-4 py-2 underline underline-offset-4">{t("cancel")}</Link>
      </form>
    </>
  );
}
