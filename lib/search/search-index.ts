import MiniSearch, { type SearchResult as Hit } from "minisearch";
import type { SearchDocument } from "./documents";
import { queryVariants } from "./synonyms";
import { tokenize } from "./tokenize";

export type SearchResult = { id: string; href: string; title: string; section: string; passage: string };

type Stored = Pick<SearchDocument, "page" | "href" | "section" | "summary" | "body"> & { pageTitle: string };

/**
 * One index per locale over passages (page openings and sections). Page titles count most, then
 * section headings and summaries, then the text.
 */
export function buildSearchIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
  const pageTitles = new Map(documents.filter((d) => d.title).map((d) => [d.page, d.title]));
  const index = new MiniSearch<SearchDocument & { pageTitle: string }>({
    fields: ["title", "section", "summary", "body"],
    storeFields: ["page", "href", "pageTitle", "section", "summary", "body"],
    tokenize,
    searchOptions: {
      boost: { title: 4, section: 2, summary: 2 },
      combineWith: "OR",
      prefix: (term) => /^[\p{L}\p{N}]{3,}$/u.test(term) && !/[\u3400-\u9fff]/.test(term),
      fuzzy: (term) => (/^[a-zæøå]{5,}$/.test(term) ? 0.2 : false),
      // At most two typos per word: long words would otherwise walk most of the index.
      maxFuzzy: 2,
    },
  });
  index.addAll(documents.map((d) => ({ ...d, pageTitle: pageTitles.get(d.page) ?? d.title })));
  return index as unknown as MiniSearch<SearchDocument>;
}

/**
 * Ranks by how much of the query a passage covers (for Chinese: the share of the query's
 * character pairs it contains), then by score, so "SIM卡丢了" finds "SIM 卡或手机丢了" without
 * every pair having to match. Passages covering less than half the query are dropped; each page
 * appears once, linked to its best passage, with that passage quoted.
 */
export function search(index: MiniSearch<SearchDocument>, query: string, limit = 20): SearchResult[] {
  if (!query.trim()) return [];
  const best = new Map<string, { coverage: number; score: number; hit: Hit }>();
  // Synonym variants for short queries (what people type); a long query is searched as written,
  // so one request never runs a dozen expensive searches.
  for (const variant of query.length <= 40 ? queryVariants(query) : [query.toLowerCase()]) {
    const wanted = new Set(tokenize(variant));
    if (wanted.size === 0) continue;
    for (const hit of index.search(variant)) {
      const coverage = new Set(hit.queryTerms).size / wanted.size;
      if (coverage < 0.5) continue;
      const page = hit.page as string;
      const current = best.get(page);
      if (!current || coverage > current.coverage || (coverage === current.coverage && hit.score > current.score)) {
        best.set(page, { coverage, score: hit.score, hit });
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score)
    .slice(0, limit)
    .map(({ hit }) => {
      const stored = hit as unknown as Stored & Hit;
      return { id: stored.page, href: stored.href, title: stored.pageTitle, section: stored.section, passage: passage(stored, hit.terms) };
    });
}

/** About 180 characters of the passage around its first matching word; the summary when only the title matched. */
export function passage(stored: Pick<Stored, "summary" | "body">, terms: string[], width = 180): string {
  const text = stored.body;
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return stored.summary || clip(text, 0, width);
  const start = Math.max(0, at - Math.floor(width / 4));
  return clip(text, start, width);
}

function clip(text: string, start: number, width: number): string {
  // Start and end on a word boundary where the text has spaces (Chinese has none to look for).
  let from = start;
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space >= 0 && space - from < 15) from = space + 1;
  }
  let to = Math.min(text.length, from + width);
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > from + width / 2) to = space;
  }
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}
