import { describe, expect, it } from "vitest";
import { guideDocuments, operatorDocuments } from "./documents";
import { buildSearchIndex, search } from "./search-index";
import { readGuides } from "@/lib/content/read-guides";
import { readOperators } from "@/lib/content/read-operators";

// Against the real content, so a content change that breaks search shows up here.
async function indexFor(locale: string) {
  const { operators, common } = await readOperators();
  const documents = [
    ...guideDocuments(locale, await readGuides(locale)),
    ...operatorDocuments(locale, operators, common, { title: (n) => `Cancel ${n}`, summary: (n) => n, headings: [] }),
  ];
  return buildSearchIndex(documents);
}

describe("search over the real content", () => {
  it("finds Telenor from its name, in any case", async () => {
    const index = await indexFor("en");
    expect(search(index, "telenor")[0]?.id).toBe("operator:telenor");
    expect(search(index, "TELENOR")[0]?.id).toBe("operator:telenor");
  });

  it("finds Chinese words that are not separated by spaces", async () => {
    const index = await indexFor("zh");
    expect(search(index, "携号转网").map((r) => r.id)).toContain("guide:port-instead-of-cancel");
    expect(search(index, "分期付款").map((r) => r.id)).toContain("operator:telenor");
    expect(search(index, "遗产").map((r) => r.id)).toContain("guide:someone-has-died");
  });

  it("searches body text and headings, not only titles", async () => {
    const index = await indexFor("en");
    expect(search(index, "Lilleakerveien").map((r) => r.id)).toContain("guide:complaints");
    expect(search(index, "Vipps").map((r) => r.id)).toContain("guide:before-your-number-goes");
  });

  it("returns nothing for an empty query or text that is not there", async () => {
    const index = await indexFor("en");
    expect(search(index, "   ")).toEqual([]);
    expect(search(index, "qwertyuiopasdf")).toEqual([]);
  });
});
