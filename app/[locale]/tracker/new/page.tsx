import { getTranslations } from "next-intl/server";
import { loadTrackerPage } from "@/app/[locale]/tracker/_lib/case-page";
import { privatePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { createCaseAction } from "@/app/[locale]/tracker/actions";
import { CaseForm } from "@/components/tracker/case-form";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { textLimits } from "@/lib/validation/case";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/new">): Promise<Metadata> {
  return privatePageMetadata(params, "newCase");
}

export default async function NewCasePage({ params }: PageProps<"/[locale]/tracker/new">) {
  const { locale } = await loadTrackerPage(params);
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("newCase")}</h1>
      <p className="mb-6 text-zinc-700 dark:text-zinc-300">{t("newCaseIntro")}</p>
      <TrackerClientMessages>
        <CaseForm
          action={createCaseAction}
          locale={locale}
          initial={{ subscriptionType: "postpaid", channel: "min-side-app" }}
          providers={await providerOptions()}
          limits={textLimits}
          submitLabel={t("create")}
        />
      </TrackerClientMessages>
    </>
  );
}
