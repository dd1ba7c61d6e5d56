import { getTranslations } from "next-intl/server";
import { deleteEvidenceAction } from "@/app/[locale]/tracker/evidence-actions";
import { EvidenceList } from "@/components/tracker/evidence-list";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { EvidenceDto } from "@/lib/data/dto";
import { CaseSection } from "./case-section";

/** The case page's evidence: the files, a link to add more, and the whole case as a zip. */
export async function CaseEvidenceSection({
  items,
  caseId,
  locale,
  languageTag,
  timeZone,
}: {
  items: EvidenceDto[];
  caseId: string;
  locale: string;
  languageTag: string;
  timeZone: string;
}) {
  const t = await getTranslations({ locale, namespace: "tracker.evidence" });
  return (
    <CaseSection id="evidence" title={t("title")} target>
      <p className="mb-3">{t("intro")}</p>
      {items.length === 0 ? (
        <p className="mb-3">{t("none")}</p>
      ) : (
        <EvidenceList
          items={items}
          locale={locale}
          languageTag={languageTag}
          timeZone={timeZone}
          caseId={caseId}
          removeAction={deleteEvidenceAction}
        />
      )}
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <Link href={`/${locale}/tracker/${caseId}/evidence`} className={buttonClass("secondary")}>
          {t("add")}
        </Link>
        {items.length > 0 ? (
          <a
            href={`/api/cases/${caseId}/evidence.zip?locale=${locale}`}
            className="underline underline-offset-4"
          >
            {t("zip")}
          </a>
        ) : null}
      </div>
      {items.length > 0 ? <p className="mt-1 text-sm">{t("zipHint")}</p> : null}
    </CaseSection>
  );
}
