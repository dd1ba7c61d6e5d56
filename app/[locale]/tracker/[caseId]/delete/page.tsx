import { getTranslations } from "next-intl/server";
import { loadOwnedCase } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { deleteCaseAction } from "@/app/[locale]/tracker/actions";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { caseLabel } from "@/lib/tracker/case-label";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/delete">): Promise<Metadata> {
  return casePageMetadata(params, "deleteCase");
}

/** Deleting asks once more on its own page, so it works the same with or without JavaScript. */
export default async function DeleteCasePage({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/delete">) {
  const { locale, caseId, found } = await loadOwnedCase(params);
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("deleteCase")}</h1>
      <p className="mb-6">
        {t("deleteConfirm", {
          name: caseLabel(found, await providerOptions()),
        })}
      </p>
      <form action={deleteCaseAction} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="caseId" value={caseId} />
        <Button variant="danger">{t("deleteYes")}</Button>
        <Link
          href={`/${locale}/tracker/${caseId}`}
          className="px-4 py-2 underline underline-offset-4"
        >
          {t("cancel")}
        </Link>
      </form>
    </>
  );
}
