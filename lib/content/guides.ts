import { cacheLife } from "next/cache";
import type { ParsedGuide } from "./parse-guide";
import { readGuides } from "./read-guides";

// Guides are build-time content: cache "max" so prerendered pages are not revalidated
// every 15 minutes (the default profile) for files that only change with a deploy.

export async function listGuides(locale: string): Promise<ParsedGuide[]> {
  "use cache";
  cacheLife("max");
  return readGuides(locale);
}

export async function getGuide(locale: string, slug: string): Promise<ParsedGuide | null> {
  "use cache";
  cacheLife("max");
  return (await readGuides(locale)).find((guide) => guide.slug === slug) ?? null;
}

/** The most recent "last checked" date across a locale's guides, for the footer. */
export async function getContentReviewedOn(locale: string): Promise<string | null> {
  "use cache";
  cacheLife("max");
  const dates = (await readGuides(locale)).map((guide) => guide.frontmatter.lastChecked).sort();
  return dates.at(-1) ?? null;
}
