import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import queries from "./relevance-queries.json";
import { search, type SearchIndex } from "./search-index";
import { buildLocaleIndex } from "./site-search";

// Queries readers typed (or would), in English and Chinese, mixed script and with typos, each
// with the page (and section) a careful reader would want first. Over the real content and the
// site's own index, so a content or ranking change that loses one shows up here. Add a query
// when a reader reports a search that found the wrong page.
type RelevanceQuery = { locale: string; query: string; first: string; section?: string };

const indexes = new Map<string, SearchIndex>();
for (const locale of locales) indexes.set(locale, await buildLocaleIndex(locale));

describe("search relevance", () => {
  it("covers at least 40 queries in every locale's share, mixed script and typos included", () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const locale of locales)
      expect(queries.filter((q) => q.locale === locale).length).toBeGreaterThanOrEqual(15);
  });

  for (const { locale, query, first, section } of queries as RelevanceQuery[]) {
    it(`[${locale}] "${query}" finds ${first}${section ? `#${section}` : ""} first`, () => {
      const [top] = search(indexes.get(locale)!, query);
      expect(top?.id).toBe(first);
      if (section) expect(top?.href).toMatch(new RegExp(`#${section}$`));
    });
  }

  it("shows every section hit with its page's title", () => {
    for (const { locale, query } of queries)
      for (const result of search(indexes.get(locale)!, query))
        expect(result.title, `${locale} "${query}" → ${result.href}`).toMatch(/\S/);
  });

  it("does not answer a general question with every operator page's shared text", () => {
    // The rules every operator page repeats (content/operators/_common.json) are searched once,
    // in the guides: a general question finds the guide first and at most a few operators.
    for (const query of ["notice period", "binding period", "how to cancel"]) {
      const results = search(indexes.get("en")!, query).slice(0, 6);
      expect(results[0]?.id, query).toMatch(/^guide:/);
      expect(results.filter((r) => r.id.startsWith("operator:")).length, query).toBeLessThan(4);
    }
  });
});
