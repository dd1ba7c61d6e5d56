import { englishSynonyms, withoutStopWords } from "./english-words";
import { queryVariants } from "./synonyms";
import {
  buildTermIndex,
  matchTerms,
  termRarity,
  type TermIndex,
  type TermOptions,
} from "./term-index";
import { tokenize } from "./tokenize";
import type { SearchDocument } from "./documents";

export type SearchResult = {
  id: string;
  href: string;
  title: string;
  section: string;
  passage: string;
};

type Passage = SearchDocument & { pageTitle: string };
export type SearchIndex = TermIndex<Passage>;

/**
 * One index per locale over passages (page openings and sections). Page titles count most, then
 * section headings and summaries, then the text.
 */
export function buildSearchIndex(documents: SearchDocument[]): SearchIndex {
  const pageTitles = new Map(documents.filter((d) => d.title).map((d) => [d.page, d.title]));
  const passages = documents.map((d) => ({ ...d, pageTitle: pageTitles.get(d.page) ?? d.title }));
  return buildTermIndex<Passage>(passages, [
    { read: (d) => d.title, boost: 4 },
    { read: (d) => (d.sharedHeading ? "" : d.section), boost: 2 },
    { read: (d) => d.summary, boost: 2 },
    { read: (d) => d.body, boost: 1 },
    // A section's page title, weakly: a page about the topic beats a passing section elsewhere.
    { read: (d) => (d.title ? "" : d.pageTitle), boost: 2 },
  ]);
}

const termOptions: TermOptions = {
  // Latin words of three letters or more also match longer words they begin ("oper" → "operator");
  // Chinese pairs do not (every pair would match its longer neighbours).
  prefix: (term) => /^[\p{L}\p{N}]{3,}$/u.test(term) && !/[\u3400-\u9fff]/.test(term),
  // Latin words of five letters or more forgive a typo per five letters, at most two: long words
  // would otherwise match much of the index.
  maxTypos: (term) =>
    /^[a-zæøå]{5,}$/.test(term) ? Math.min(2, Math.round(term.length * 0.2)) : 0,
  synonyms: englishSynonyms,
};

/**
 * Ranks by how much of the query a passage covers (for Chinese: the share of the query's
 * character pairs it contains), then by score, so "SIM卡丢了" finds "SIM 卡或手机丢了" without
 * every pair having to match. Passages covering less than half the query are dropped; each page
 * appears once, linked to its best passage, with that passage quoted.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchResult[] {
  if (!query.trim()) return [];
  const best = new Map<string, { rank: number; passage: Passage; terms: string[] }>();
  // Synonym variants for short queries (what people type); a long query is searched as written,
  // so one request never runs a dozen expensive searches.
  const variants = query.length <= 40 ? queryVariants(query) : [query.toLowerCase()];
  for (const [n, variant] of variants.entries()) {
    const { weights, size } = queryTerms(index, variant);
    const wanted = new Set(weights.keys());
    if (wanted.size === 0) continue;
    // A variant in other words than the reader's counts a little less than what was typed.
    const wording = n === 0 ? 1 : 0.85;
    for (const hit of matchTerms(index, wanted, termOptions, weights)) {
      const coverage = (hit.covered / size) * wording;
      if (coverage < minimumCoverage) continue;
      const rank = hit.score * coverage * coverage;
      const current = best.get(hit.doc.page);
      if (!current || rank > current.rank)
        best.set(hit.doc.page, { rank, passage: hit.doc, terms: hit.docTerms });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.rank - a.rank)
    .slice(0, limit)
    .map(({ passage: found, terms }) => ({
      id: found.page,
      href: found.href,
      title: found.pageTitle,
      section: found.section,
      passage: passage(found, terms),
    }));
}

// Below this share of the query's weight a passage only shares a stray word with it.
const minimumCoverage = 0.4;

/**
 * The terms a query is about, each weighted by how telling it is, and their total weight.
 * English little words go ("my job paid my phone" is about job, paid and phone). A rare word
 * weighs more than one on every page: "出国前注销手机号" is about 出国 more than about 手机. A
 * Chinese character pair no page contains weighs half the others' average: without word breaks,
 * the query also yields pairs across words (国前, 前注) that no passage can cover, but such a
 * pair can also be the reader's own word for what the pages call otherwise (雇主 for 单位), which
 * the synonym variants then cover.
 */
function queryTerms(
  index: SearchIndex,
  text: string,
): { weights: Map<string, number>; size: number } {
  const terms = [...new Set(withoutStopWords(tokenize(text)))];
  const rarity = new Map(terms.map((term) => [term, termRarity(index, term)]));
  const known = [...rarity.values()].filter((r): r is number => r !== null);
  const average = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  // A Latin word no page has exactly (a typo, a longer form) weighs as an average word.
  const weights = new Map(
    terms.map((term) => [term, rarity.get(term) ?? (isHanPair(term) ? average / 2 : average)]),
  );
  return { weights, size: [...weights.values()].reduce((a, b) => a + b, 0) };
}

const isHanPair = (term: string) => /^[\u3400-\u9fff\uf900-\ufaff]{2}$/.test(term);

/** About 180 characters of the passage around its first matching word; the summary when only the title matched. */
export function passage(
  stored: Pick<SearchDocument, "summary" | "body">,
  terms: string[],
  width = 180,
): string {
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
