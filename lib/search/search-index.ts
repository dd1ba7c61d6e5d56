import MiniSearch from "minisearch";
import type { SearchDocument } from "./documents";
import { tokenize } from "./tokenize";

export type SearchResult = Pick<SearchDocument, "id" | "href" | "title" | "summary">;

/** Builds an index over one locale's documents; titles count most, then summaries and headings. */
export function buildSearchIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: ["title", "summary", "headings", "body"],
    storeFields: ["href", "title", "summary"],
    tokenize,
    searchOptions: { boost: { title: 4, summary: 2, headings: 2 }, combineWith: "AND", prefix: true, fuzzy: 0.15 },
  });
  index.addAll(documents);
  return index;
}

export function search(index: MiniSearch<SearchDocument>, query: string, limit = 20): SearchResult[] {
  if (!query.trim()) return [];
  return index.search(query).slice(0, limit).map((hit) => ({
    id: String(hit.id),
    href: hit.href as string,
    title: hit.title as string,
    summary: hit.summary as string,
  }));
}
