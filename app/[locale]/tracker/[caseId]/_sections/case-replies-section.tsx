import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReplyList } from "@/components/tracker/reply-list";
import { buttonClass } from "@/components/ui/button";
import type { ReplyDto } from "@/lib/data/dto";

/** The case page's record of the operator's answers, with "The operator answered". */
export async function CaseRepliesSection({
  replies,
  caseId,
  locale,
  languageTag,
}: {
  replies: ReplyDto[];
  caseId: string;
  locale: string;
  languageTag: string;
}) {
  const t = await getTranslations({ locale, namespace: "tracker.replies" });
  return (
    <section aria-labelledby="replies" className="mt-8">
      <h2 id="replies" tabIndex={-1} className="mb-3 scroll-mt-4 text-xl font-semibold">
        {t("title")}
      </h2>
      {replies.length === 0 ? (
        <p className="mb-3">{t("none")}</p>
      ) : (
        <ReplyList replies={replies} locale={locale} languageTag={languageTag} />
      )}
      <Link
        href={`/${locale}/tracker/${caseId}/reply`}
        className={buttonClass("secondary", "mt-3 inline-block")}
      >
        {t("record")}
      </Link>
    </section>
  );
}
