import { describe, expect, it } from "vitest";
import { escapeHeadingIds, extractHeadings } from "./headings";

describe("escapeHeadingIds", () => {
  it("escapes only a trailing {#id} on h2/h3 lines, so MDX does not read it as code", () => {
    const source =
      "## 注销之前 {#before-you-cancel}\n### Detail {#detail}\nText {#not-a-heading}\n#### Deep {#deep}";
    expect(escapeHeadingIds(source)).toBe(
      "## 注销之前 \\{#before-you-cancel\\}\n### Detail \\{#detail\\}\nText {#not-a-heading}\n#### Deep {#deep}",
    );
  });
});

describe("extractHeadings", () => {
  it("reads Chinese headings with their ids and reports headings without one", () => {
    const { headings, missingIds } = extractHeadings("## 投诉 {#complaints}\n## Oops\ntext");
    expect(headings).toEqual([{ depth: 2, text: "投诉", id: "complaints" }]);
    expect(missingIds).toEqual(["## Oops"]);
  });
});
