import { getTranslations } from "next-intl/server";
import { loadOwnedCase } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { recordReplyAction } from "@/app/[locale]/tracker/evidence-actions";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { ReplyForm } from "@/components/tracker/reply-form";
import { Link } from "@/components/ui/link";
import { userToday } from "@/lib/data/account";
import { listEvidence } from "@/lib/data/evidence";
import { caseLabel } from "@/lib/tracker/case-label";
import { textLimits } from "@/lib/validation/case";
import { replyTextLimit } from "@/lib/validation/reply";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/reply">): Promise<Metadata> {
  return casePageMetadata(params, "replies.recordTitle");
}

/** Recording what the operator answered; a confirmation or refusal moves the case. */
export default async function RecordReplyPage({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/reply">) {
  const { locale, caseId, user, found } = await loadOwnedCase(params);
  const t = await getTranslations({ locale, namespace: "tracker.replies" });
  const files = (listEvidence(user.id, caseId) ?? []).map((e) => ({
    id: e.id,
    name: e.caption ? `${e.caption} (${e.fileName})` : e.fileName,
  }));
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("recordTitle")}</h1>
      <p className="mt-1 text-lg">{caseLabel(found, await providerOptions())}</p>
      <p className="mt-4">{t("intro")}</p>
      <div className="mt-6">
        <TrackerClientMessages>
          <ReplyForm
            action={recordReplyAction}
            locale={locale}
            caseId={caseId}
            today={userToday(user.id)}
            files={files}
            referenceMaxLength={textLimits.confirmationReference}
            textMaxLength={replyTextLimit}
          />
        </TrackerClientMessages>
      </div>
      <p className="mt-6">
        <Link
          href={`/${locale}/tracker/${caseId}/evidence`}
          className="underline underline-offset-4"
        >
          {t("addFileFirst")}
        </Link>
      </p>
      <p className="mt-2">
        <Link
          href={`/${locale}/tracker/${caseId}#replies`}
          className="underline underline-offset-4"
        >
          {t("backToCase")}
        </Link>
      </p>
    </>
  );
}
