import { memoizeInProduction } from "@/lib/memo";
import { readGuides } from "./read-guides";
import type { ParsedGuide } from "./parse-guide";

export const listGuides: (locale: string) => Promise<ParsedGuide[]> =
  memoizeInProduction(readGuides);

export async function getGuide(locale: string, slug: string): Promise<ParsedGuide | null> {
  return (await listGuides(locale)).find((guide) => guide.slug === slug) ?? null;
}

/** The most recent "last checked" date across a locale's guides, for the footer. */
export async function getContentReviewedOn(locale: string): Promise<string | null> {
  const dates = (await listGuides(locale)).map((guide) => guide.frontmatter.lastChecked).sort();
  return dates.at(-1) ?? null;
}
