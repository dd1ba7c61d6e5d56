import { getTranslations } from "next-intl/server";
import { loadOwnedCase } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { recordFinalBillAction } from "@/app/[locale]/tracker/actions";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { caseLabel } from "@/lib/tracker/case-label";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/final-bill">): Promise<Metadata> {
  return casePageMetadata(params, "finalBill.title");
}

/**
 * Where the final-bill e-mail's two links lead ("the bill is correct", "charged after the end
 * date"): the answer it came with, confirmed with one button (a GET never changes anything).
 */
export default async function FinalBillFromEmailPage({
  params,
  searchParams,
}: PageProps<"/[locale]/tracker/[caseId]/final-bill">) {
  const { locale, caseId, found } = await loadOwnedCase(params);
  const t = await getTranslations({ locale, namespace: "tracker" });
  const { outcome: raw } = await searchParams;
  const outcome = raw === "disputed" ? "disputed" : "correct";
  const name = caseLabel(found, await providerOptions());
  const endsOn = found.endsOn ? formatDateOnly(found.endsOn, htmlLangOf(locale)) : "—";
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("finalBill.title")}</h1>
      <form action={recordFinalBillAction} className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="caseId" value={caseId} />
        <input type="hidden" name="outcome" value={outcome} />
        <p>{t(`finalBill.confirm.${outcome}`, { name, date: endsOn })}</p>
        <Button>{t(`finalBill.${outcome}`)}</Button>
      </form>
      <p className="mt-6">
        <Link href={`/${locale}/tracker/${caseId}`} className="underline underline-offset-4">
          {t("fromEmail.openCase")}
        </Link>
      </p>
    </>
  );
}
