import { getTranslations } from "next-intl/server";
import { loadOwnedCase } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { changeStatusAction } from "@/app/[locale]/tracker/actions";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { StatusActions } from "@/components/tracker/status-actions";
import { Link } from "@/components/ui/link";
import { userToday } from "@/lib/data/account";
import { caseLabel } from "@/lib/tracker/case-label";
import { suggestEndDate } from "@/lib/tracker/end-date";
import { canTransition } from "@/lib/tracker/status";
import { textLimits } from "@/lib/validation/case";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/confirm">): Promise<Metadata> {
  return casePageMetadata(params, "fromEmail.confirmTitle");
}

/** Where "I got the confirmation" in a reminder leads: one confirming step, then it is logged. */
export default async function ConfirmFromEmailPage({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/confirm">) {
  const { locale, caseId, user, found } = await loadOwnedCase(params);
  const t = await getTranslations({ locale, namespace: "tracker" });
  const options = await providerOptions();
  const name = caseLabel(found, options);
  const today = userToday(user.id);
  const notice = options.find((o) => o.id === found.provider)?.notice;
  const suggested =
    found.endsOn ??
    (notice && found.submittedOn ? suggestEndDate(notice.rule, found.submittedOn) : null);

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("fromEmail.confirmTitle")}</h1>
      {canTransition(found.status, "confirmed") && found.status !== "completed" ? (
        <>
          <p className="mb-4">{t("fromEmail.confirmIntro", { name })}</p>
          <TrackerClientMessages>
            <StatusActions
              action={changeStatusAction}
              locale={locale}
              caseId={caseId}
              current={found.status}
              next={["confirmed"]}
              today={today}
              suggestedEndsOn={notice?.confirmed ? suggested : null}
              referenceMaxLength={textLimits.confirmationReference}
            />
          </TrackerClientMessages>
        </>
      ) : (
        <p>{t("fromEmail.alreadyDone", { name, status: t(`status.${found.status}`) })}</p>
      )}
      <p className="mt-6">
        <Link href={`/${locale}/tracker/${caseId}`} className="underline underline-offset-4">
          {t("fromEmail.openCase")}
        </Link>
      </p>
    </>
  );
}
