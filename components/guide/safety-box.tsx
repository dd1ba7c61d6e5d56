import { getTranslations } from "next-intl/server";
import { Callout } from "@/components/mdx/callout";

/**
 * The warning against "agents" and SIM sellers, in one wording for the home page and every guide
 * that carries it (`<SafetyBox />` in MDX). Part of why this site exists: readers are offered
 * paid "help" on chat apps that ends with someone else holding their BankID.
 */
export async function SafetyBox({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "safety" });
  return (
    <Callout type="warning" title={t("title")}>
      <ul className="list-disc space-y-1 pl-5">
        <li>{t("codes")}</li>
        <li>{t("channels")}</li>
        <li>{t("sim")}</li>
      </ul>
    </Callout>
  );
}
