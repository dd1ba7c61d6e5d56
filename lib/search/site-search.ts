import type MiniSearch from "minisearch";
import { getTranslations } from "next-intl/server";
import { operatorSections } from "@/lib/content/operator-schema";
import { listGuides } from "@/lib/content/guides";
import { getOperatorData } from "@/lib/content/operators";
import { memoizeInProduction } from "@/lib/memo";
import { guideDocuments, operatorDocuments, type SearchDocument } from "./documents";
import { buildSearchIndex, search, type SearchResult } from "./search-index";

async function buildLocaleIndex(locale: string): Promise<MiniSearch<SearchDocument>> {
  const t = await getTranslations({ locale, namespace: "operators" });
  const { operators, common } = await getOperatorData();
  return buildSearchIndex([
    ...guideDocuments(locale, await listGuides(locale)),
    ...operatorDocuments(locale, operators, common, {
      title: (name) => t("guideTitle", { name }),
      summary: (name) => t("guideSummary", { name }),
      headings: operatorSections.map((s) => t(`sections.${s}`)),
    }),
  ]);
}

// Content only changes with a deploy, so in production each locale's index is built once per
// server process (a few milliseconds) and reused by every search; `next dev` rebuilds it so an
// edited guide is found right away.
const localeIndex = memoizeInProduction(buildLocaleIndex);

export async function searchSite(locale: string, query: string): Promise<SearchResult[]> {
  return search(await localeIndex(locale), query);
}
