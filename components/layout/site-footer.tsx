import { getTranslations } from "next-intl/server";
import { getContentReviewedOn } from "@/lib/content/guides";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "layout" });
  const reviewedOn = await getContentReviewedOn(locale);
  return (
    <footer className="mt-16 border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-3xl space-y-1 px-4 py-6">
        <p>{t("notAffiliated")}</p>
        <p>{t("notLegalAdvice")}</p>
        {reviewedOn ? (
          <p>{t("lastReviewed", { date: formatDateOnly(reviewedOn, htmlLangOf(locale)) })}</p>
        ) : null}
      </div>
    </footer>
  );
}
