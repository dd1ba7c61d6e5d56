import type MiniSearch from "minisearch";
import { getTranslations } from "next-intl/server";
import { operatorSections } from "@/lib/content/operator-schema";
import { listGuides } from "@/lib/content/guides";
import { getOperatorData } from "@/lib/content/operators";
import { guideDocuments, operatorDocuments, type SearchDocument } from "./documents";
import { buildSearchIndex, search, type SearchResult } from "./search-index";

// Content only changes with a deploy, so each locale's index is built once per server process
// (a few milliseconds) and reused by every search request.
const indexes = new Map<string, Promise<MiniSearch<SearchDocument>>>();

async function buildLocaleIndex(locale: string) {
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

export async function searchSite(locale: string, query: string): Promise<SearchResult[]> {
  let index = indexes.get(locale);
  if (!index) {
    index = buildLocaleIndex(locale);
    indexes.set(locale, index);
  }
  return search(await index, query);
}
