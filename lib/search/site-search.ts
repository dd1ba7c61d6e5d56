import { listGuides } from "@/lib/content/guides";
import { operatorSections } from "@/lib/content/operator-schema";
import { getOperatorData } from "@/lib/content/operators";
import { locales } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { memoizeInProduction } from "@/lib/memo";
import { guideDocuments, operatorDocuments } from "./documents";
import { buildSearchIndex, search, type SearchIndex, type SearchResult } from "./search-index";

/** A locale's index over the guides and operator pages, as the site serves it (exported for the relevance test). */
export async function buildLocaleIndex(locale: string): Promise<SearchIndex> {
  const t = translatorFor(locale, "operators");
  const { operators } = await getOperatorData();
  return buildSearchIndex([
    ...guideDocuments(locale, await listGuides(locale)),
    ...operatorDocuments(locale, operators, {
      title: (name) => t("guideTitle", { name }),
      headings: Object.fromEntries(operatorSections.map((s) => [s, t(`sections.${s}`)])) as Record<
        (typeof operatorSections)[number],
        string
      >,
    }),
  ]);
}

// Content only changes with a deploy, so in production each locale's index is built once per
// server process, at start (warmSearchIndexes, from instrumentation), so the first search is as
// fast as the rest; `next dev` rebuilds it per search so an edited guide is found right away.
const localeIndex = memoizeInProduction(buildLocaleIndex, { shareAs: "siOppSearchIndexes" });

export async function warmSearchIndexes(): Promise<void> {
  await Promise.all(locales.map(localeIndex));
}

export async function searchSite(locale: string, query: string): Promise<SearchResult[]> {
  return search(await localeIndex(locale), query);
}
