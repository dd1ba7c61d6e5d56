import { getTranslations } from "next-intl/server";
import { ReplyList } from "@/components/tracker/reply-list";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { ReplyDto } from "@/lib/data/dto";
import { CaseSection } from "./case-section";

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
    <CaseSection id="replies" title={t("title")} target>
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
    </CaseSection>
  );
}
