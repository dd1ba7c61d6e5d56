import { describe, expect, it } from "vitest";
import { operatorSections } from "@/lib/content/operator-schema";
import { readGuides } from "@/lib/content/read-guides";
import { readOperators } from "@/lib/content/read-operators";
import { guideDocuments, operatorDocuments } from "./documents";
import { buildSearchIndex, search } from "./search-index";

// Against the real content, so a content change that breaks search shows up here.
async function indexFor(locale: string) {
  const { operators } = await readOperators();
  const documents = [
    ...guideDocuments(locale, await readGuides(locale)),
    ...operatorDocuments(locale, operators, {
      title: (n) => `Cancel ${n}`,
      headings: Object.fromEntries(operatorSections.map((s) => [s, s])) as Record<
        (typeof operatorSections)[number],
        string
      >,
    }),
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

describe("search finds what people type", () => {
  const hrefs = async (locale: string, query: string) =>
    search(await indexFor(locale), query).map((r) => r.href);

  it.each([
    ["telenor注销", "/zh/operators/telenor"],
    ["ice携号转网", "/zh/guides/port-instead-of-cancel"],
    ["SIM卡丢了", "/zh/guides/cancel-mobile-subscription#lost-sim"],
    ["SIM卡序列号", "/zh/guides/cancel-mobile-subscription#lost-sim"],
    ["ICCID", "/zh/guides/cancel-mobile-subscription#lost-sim"],
    ["Vipps换号", "/zh/guides/before-your-number-goes"],
  ])("zh: %s finds %s", async (query, expected) => {
    expect(
      (await hrefs("zh", query)).some((h) => h === expected || h.startsWith(`${expected}#`)),
    ).toBe(true);
  });

  it.each([
    ["ICCID", "/en/guides/cancel-mobile-subscription#lost-sim"],
    ["lost SIM", "/en/guides/cancel-mobile-subscription#lost-sim"],
  ])("en: %s finds %s", async (query, expected) => {
    expect(await hrefs("en", query)).toContain(expected);
  });

  it("links to the matching section and quotes it, not the page summary", async () => {
    const [first] = search(await indexFor("zh"), "SIM卡丢了");
    expect(first?.href).toBe("/zh/guides/cancel-mobile-subscription#lost-sim");
    expect(first?.section).toContain("丢");
    expect(first?.passage).toMatch(/停用|丢/);
  });

  it("shows each page once, and a word every operator page shares does not push the guides out", async () => {
    const results = search(await indexFor("en"), "cancel");
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    expect(results.slice(0, 5).some((r) => r.id.startsWith("guide:"))).toBe(true);
  });

  it("ranks the page covering more of a Chinese query above one sharing a single pair", async () => {
    const results = search(await indexFor("zh"), "携号转网");
    expect(results[0]?.id).toBe("guide:port-instead-of-cancel");
  });
});
