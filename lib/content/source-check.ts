import { compile } from "html-to-text";
import { locales } from "@/lib/i18n/locales";
import { readGuides } from "./read-guides";
import { readOperators } from "./read-operators";

/** One source page and every quote any guide or operator page takes from it. */
export type SourcePage = {
  url: string;
  /** Where it is cited, as `guides/en/complaints#nkom-bkn` or `operators/telenor#telenor-terms`. */
  citedAs: string[];
  quotes: string[];
};

export type PageReport =
  | { url: string; citedAs: string[]; outcome: "ok"; quotes: number }
  | { url: string; citedAs: string[]; outcome: "changed"; missing: string[]; quotes: number }
  | { url: string; citedAs: string[]; outcome: "unreachable"; detail: string };

/**
 * Every source of every guide (each locale) and operator, grouped by URL, so a page cited from
 * several places is fetched once. Sources without quotes are returned apart: they have nothing
 * to check yet.
 */
export async function collectSourcePages(
  root?: string,
): Promise<{ pages: SourcePage[]; unquoted: string[] }> {
  const byUrl = new Map<string, SourcePage>();
  const unquoted: string[] = [];
  const add = (key: string, url: string, quotes: string[]) => {
    if (quotes.length === 0) unquoted.push(key);
    const page = byUrl.get(url) ?? { url, citedAs: [], quotes: [] };
    page.citedAs.push(key);
    for (const quote of quotes) if (!page.quotes.includes(quote)) page.quotes.push(quote);
    byUrl.set(url, page);
  };
  for (const locale of locales)
    for (const guide of await readGuides(locale, root))
      for (const source of guide.frontmatter.sources)
        add(
          `guides/${locale}/${guide.slug}#${source.id}`,
          source.url,
          (source.quotes ?? []).map((q) => q.text),
        );
  const { operators, common } = await readOperators(root);
  for (const [owner, sources] of [
    ["_common", common.sources] as const,
    ...operators.map((o) => [o.id, o.sources] as const),
  ])
    for (const source of sources)
      add(
        `operators/${owner}#${source.id}`,
        source.url,
        (source.quotes ?? []).map((q) => q.text),
      );
  return { pages: [...byUrl.values()], unquoted };
}

// The page as a reader sees its words: no links' targets, no images, no line wrapping.
const pageText = compile({
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
    { selector: "h5", options: { uppercase: false } },
    { selector: "h6", options: { uppercase: false } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
});

/**
 * What two copies of the same words may differ in without the words changing: case, runs of
 * white space (including no-break and thin spaces, and line breaks a page puts in a sentence),
 * soft hyphens, and the typographic forms of quotes, apostrophes and dashes.
 */
export function normalizeForQuote(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u00ad/g, "")
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

/** The quotes that no longer appear in the page's text. */
export function missingQuotes(html: string, quotes: string[]): string[] {
  const text = normalizeForQuote(pageText(html));
  return quotes.filter((quote) => !text.includes(normalizeForQuote(quote)));
}

export type CheckOptions = {
  /** How long one page may take, in milliseconds. */
  timeoutMs?: number;
  /** Pages fetched at once: the official sites are small, and this is a courtesy. */
  concurrency?: number;
};

async function checkPage(page: SourcePage, timeoutMs: number): Promise<PageReport> {
  const { url, citedAs, quotes } = page;
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: "follow",
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "text/html,application/xhtml+xml", "accept-language": "nb,no,en" },
    });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause;
    return { url, citedAs, outcome: "unreachable", detail: (cause ?? (error as Error)).message };
  }
  if (!response.ok)
    return { url, citedAs, outcome: "unreachable", detail: `HTTP ${response.status}` };
  const type = response.headers.get("content-type") ?? "";
  if (!/html|text\/plain/.test(type))
    return {
      url,
      citedAs,
      outcome: "unreachable",
      detail: `not a web page (${type || "no type"})`,
    };
  let html: string;
  try {
    html = await response.text();
  } catch (error) {
    // The body broke off, stalled past the timeout or could not be decoded.
    return { url, citedAs, outcome: "unreachable", detail: (error as Error).message };
  }
  const missing = missingQuotes(html, quotes);
  return missing.length === 0
    ? { url, citedAs, outcome: "ok", quotes: quotes.length }
    : { url, citedAs, outcome: "changed", missing, quotes: quotes.length };
}

/** Fetches every page that has quotes and reports, in the given order, which still carry them. */
export async function checkSourcePages(
  pages: SourcePage[],
  { timeoutMs = 20_000, concurrency = 4 }: CheckOptions = {},
): Promise<PageReport[]> {
  const reports: PageReport[] = new Array(pages.length);
  const queue = pages.map((page, index) => ({ page, index })).filter((p) => p.page.quotes.length);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift())
      reports[next.index] = await checkPage(next.page, timeoutMs);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return reports.filter(Boolean);
}
