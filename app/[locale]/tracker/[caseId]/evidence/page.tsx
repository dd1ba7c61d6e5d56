import { getTranslations } from "next-intl/server";
import { loadOwnedCase } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { addEvidenceAction } from "@/app/[locale]/tracker/evidence-actions";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { EvidenceForm } from "@/components/tracker/evidence-form";
import { Link } from "@/components/ui/link";
import { userToday } from "@/lib/data/account";
import { evidenceUsage } from "@/lib/data/evidence";
import { evidenceLimits, megabytes, megabytesUsed } from "@/lib/evidence/limits";
import { caseLabel } from "@/lib/tracker/case-label";
import { uploadRows } from "@/lib/validation/evidence";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/evidence">): Promise<Metadata> {
  return casePageMetadata(params, "evidence.addTitle");
}

/**
 * Adding evidence to a case. Its own page, because it is the one form that takes large bodies:
 * the production server lets uploads through on this path only (lib/evidence/limits.ts).
 */
export default async function AddEvidencePage({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/evidence">) {
  const { locale, caseId, user, found } = await loadOwnedCase(params);
  const t = await getTranslations({ locale, namespace: "tracker.evidence" });
  const usage = evidenceUsage(user.id, caseId) ?? { caseFiles: 0, accountBytes: 0 };
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("addTitle")}</h1>
      <p className="mt-1 text-lg">{caseLabel(found, await providerOptions())}</p>
      <div className="mt-4 space-y-2">
        <p>{t("intro")}</p>
        <p>
          {t("limits", {
            files: evidenceLimits.filesPerUpload,
            fileMb: megabytes(evidenceLimits.fileBytes),
            filesPerCase: evidenceLimits.filesPerCase,
            caseFiles: usage.caseFiles,
            accountMb: megabytes(evidenceLimits.accountBytes),
            usedMb: megabytesUsed(usage.accountBytes),
          })}
        </p>
        <p className="text-sm">{t("privacy")}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>{t("heicHint")}</li>
          <li>{t("emlHint")}</li>
        </ul>
      </div>
      <div className="mt-6">
        <TrackerClientMessages>
          <EvidenceForm
            action={addEvidenceAction}
            locale={locale}
            caseId={caseId}
            rows={uploadRows}
            today={userToday(user.id)}
          />
        </TrackerClientMessages>
      </div>
      <p className="mt-6">
        <Link
          href={`/${locale}/tracker/${caseId}#evidence`}
          className="underline underline-offset-4"
        >
          {t("backToCase")}
        </Link>
      </p>
    </>
  );
}
