import { getTranslations } from "next-intl/server";
import { getCase } from "@/lib/data/cases";
import { caseLabel } from "@/lib/tracker/case-label";
import { trackerUser } from "./tracker-user";
import { providerOptions } from "./view";
import type { Metadata } from "next";

type TrackerKey = Parameters<Awaited<ReturnType<typeof getTranslations<"tracker">>>>[0];

/** Title for a signed-in page; such pages are never indexed. */
export async function privatePageMetadata(
  params: Promise<{ locale: string }>,
  key: TrackerKey,
): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker" });
  return { title: t(key), robots: { index: false } };
}

/** A case page's title names the case ("Telenor · +47 ••••• 432"), after what the page does. */
export async function casePageMetadata(
  params: Promise<{ locale: string; caseId: string }>,
  key?: TrackerKey,
): Promise<Metadata> {
  const { locale, caseId } = await params;
  const t = await getTranslations({ locale, namespace: "tracker" });
  const found = getCase((await trackerUser(locale)).id, caseId);
  const name = found ? caseLabel(found, await providerOptions()) : t("caseTitle");
  return { title: key ? `${t(key)}: ${name}` : name, robots: { index: false } };
}
