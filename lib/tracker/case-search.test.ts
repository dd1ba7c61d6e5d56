import { describe, expect, it } from "vitest";
import { caseSearchText, maxQueryLength, maxSearchTerms, searchTerms } from "./case-search";

describe("search terms", () => {
  it("lower-cases (Norwegian letters too) and turns full-width forms into plain ones", () => {
    expect(searchTerms("  ØDEGÅRD  Work ")).toEqual(["ødegård", "work"]);
    expect(searchTerms("９１２ＡＢ")).toEqual(["912ab"]);
  });

  it("reads a number typed in groups as one run of digits", () => {
    expect(searchTerms("+47 912-34-567")).toEqual(["4791234567"]);
    expect(searchTerms("(+47) 912 34 567 pappa")).toEqual(["4791234567", "pappa"]);
    expect(searchTerms("pappa 4567 mamma 12")).toEqual(["pappa", "4567", "mamma", "12"]);
    // A word with letters is a word, even with digits in it.
    expect(searchTerms("REF-77 341")).toEqual(["ref-77", "341"]);
  });

  it("keeps at most a few distinct words of a bounded query", () => {
    expect(searchTerms("a a b")).toEqual(["a", "b"]);
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(" ");
    expect(searchTerms(many)).toHaveLength(maxSearchTerms);
    expect(searchTerms("x".repeat(500))[0]).toHaveLength(maxQueryLength);
    expect(searchTerms("   ")).toEqual([]);
  });
});

describe("a case's search column", () => {
  const base = {
    nickname: null,
    provider: "telia",
    providerName: null,
    phoneNumber: "+4791234567",
    customerNumber: null,
    confirmationReference: null,
    notes: null,
  };

  it("holds the operator, the number's digits and what the user typed, normalized", () => {
    expect(caseSearchText(base)).toBe("telia 4791234567");
    expect(
      caseSearchText({
        ...base,
        nickname: "Pappas  Linje",
        customerNumber: "12 34-56",
        confirmationReference: "AB 1",
        notes: "Ring\nELKJØP",
      }),
    ).toBe("pappas linje telia 4791234567 12 34-56 123456 ab 1 ab1 ring elkjøp");
  });

  it("names another operator by what the user typed for it", () => {
    expect(caseSearchText({ ...base, provider: "other", providerName: "Zeta Mobil" })).toBe(
      "zeta mobil 4791234567",
    );
  });
});
