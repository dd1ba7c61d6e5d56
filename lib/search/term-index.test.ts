import { describe, expect, it } from "vitest";
import { buildTermIndex, editDistance, matchTerms, type TermOptions } from "./term-index";
import { tokenize } from "./tokenize";

const terms = (query: string) => new Set(tokenize(query));

type Doc = { name: string; title: string; body: string };
const docs: Doc[] = [
  { name: "in-title", title: "Operator notice", body: "Some words here." },
  { name: "in-body", title: "Something else", body: "The operator sends a notice." },
  { name: "chinese", title: "携号转网", body: "保留号码，换运营商。" },
  { name: "unrelated", title: "Weather", body: "Rain in Bergen." },
];
const index = buildTermIndex(docs, [
  { read: (d) => d.title, boost: 4 },
  { read: (d) => d.body, boost: 1 },
]);
const exactOnly: TermOptions = { prefix: () => false, maxTypos: () => 0 };
const names = (query: string, options = exactOnly) =>
  matchTerms(index, terms(query), options)
    .sort((a, b) => b.score - a.score)
    .map((hit) => hit.doc.name);

describe("term index", () => {
  it("keeps each distinct term once, sorted", () => {
    expect(index.terms).toEqual([...new Set(index.terms)].sort());
    expect(index.terms).toContain("operator");
    expect(index.terms).toContain("携号");
  });

  it("finds exact terms and ranks a match in the boosted field first", () => {
    expect(names("operator")).toEqual(["in-title", "in-body"]);
    expect(names("转网")).toEqual(["chinese"]);
    expect(names("bergen")).toEqual(["unrelated"]);
    expect(names("nothing")).toEqual([]);
  });

  it("ranks a document matching more of the query's terms above one matching fewer", () => {
    const hits = matchTerms(index, terms("rain operator notice"), exactOnly).sort(
      (a, b) => b.score - a.score,
    );
    expect(hits.map((h) => [h.doc.name, h.queryTerms.length])).toEqual([
      ["in-title", 2],
      ["in-body", 2],
      ["unrelated", 1],
    ]);
  });

  it("matches longer terms by prefix only when the options allow it, and says which term matched", () => {
    expect(names("oper")).toEqual([]);
    const hits = matchTerms(index, terms("oper"), { prefix: () => true, maxTypos: () => 0 });
    expect(hits.map((h) => h.docTerms)).toEqual([["operator"], ["operator"]]);
    expect(hits.every((h) => h.queryTerms[0] === "oper")).toBe(true);
  });

  it("forgives as many typos as the options allow, and no more", () => {
    const oneTypo: TermOptions = { prefix: () => false, maxTypos: () => 1 };
    expect(names("notise", oneTypo).sort()).toEqual(["in-body", "in-title"]);
    expect(names("notsie", oneTypo)).toEqual([]);
    expect(names("notsie", { prefix: () => false, maxTypos: () => 2 }).sort()).toEqual([
      "in-body",
      "in-title",
    ]);
  });

  it("weighs a derived match below an exact one", () => {
    const exact = matchTerms(index, terms("notice"), exactOnly).find(
      (h) => h.doc.name === "in-body",
    )!;
    const typo = matchTerms(index, terms("notise"), {
      prefix: () => false,
      maxTypos: () => 1,
    }).find((h) => h.doc.name === "in-body")!;
    expect(typo.score).toBeGreaterThan(0);
    expect(typo.score).toBeLessThan(exact.score);
  });
});

describe("editDistance", () => {
  it.each([
    ["kitten", "sitting", 5, 3],
    ["notice", "notice", 2, 0],
    ["notice", "notise", 2, 1],
    ["abc", "", 5, 3],
    ["abcdef", "uvwxyz", 2, 3], // gives up past the limit: limit + 1
  ])("%s → %s (limit %i) is %i", (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });

  it("counts a synonym as itself only, at less than the reader's own word", () => {
    const synonyms = (term: string) => (term === "drizzle" ? ["rain", "bergenx"] : []);
    const hits = matchTerms(index, terms("drizzle"), {
      prefix: () => true,
      maxTypos: () => 1,
      synonyms,
    });
    // "rain" matches exactly; "bergenx" would reach "bergen" only through a typo: not counted.
    expect(hits.map((h) => [h.doc.name, h.covered])).toEqual([["unrelated", 1 * 0.7]]);
    expect(hits[0]!.docTerms).toEqual(["rain"]);
  });
});
