import { describe, expect, it } from "vitest";
import { search } from "./search-index";
import { buildLocaleIndex } from "./site-search";
import { queryVariants, synonymGroups } from "./synonyms";

describe("queryVariants", () => {
  it("stays within its limit for a query that hits every group (the product would be millions)", () => {
    const everyGroup = synonymGroups.map((group) => group[0]).join("");
    const variants = queryVariants(everyGroup);
    expect(variants.length).toBe(12);
    expect(variants[0]).toBe(everyGroup.toLowerCase());
  });

  it("swaps whole Latin words only", () => {
    expect(queryVariants("this important")).toEqual(["this important"]);
    expect(queryVariants("sim 丢了")).toContain(" sim卡  丢了");
  });

  it("answers such a query over the real index", async () => {
    const index = await buildLocaleIndex("zh");
    const query = "丢了换号注销sim卡欠费回国雇主付费去世撤销权路由器盗号";
    expect(Array.isArray(search(index, query))).toBe(true);
  });
});
