import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** Title for a signed-in page; such pages are never indexed. */
export async function privatePageMetadata(params: Promise<{ locale: string }>, key: Parameters<Awaited<ReturnType<typeof getTranslations<"tracker">>>>[0]): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker" });
  return { title: t(key), robots: { index: false } };
}
