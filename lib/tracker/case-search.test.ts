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
    // The query is cut first, then each word (after NFKC, which can make one character several).
    expect(searchTerms(`${"x ".repeat(60)}`)).toHaveLength(1);
    expect(searchTerms("x".repeat(500))[0]).toHaveLength(64);
    expect(searchTerms("㌖".repeat(maxQueryLength))[0]).toHaveLength(64);
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

  it("holds every number written with spaces or marks as its digits too, field by field", () => {
    const text = caseSearchText({
      ...base,
      customerNumber: "(22) 33",
      notes: "Called 22 33 44 55 on 24.12, ref 7",
    });
    expect(text.split(" ").slice(-3)).toEqual(["2233", "22334455", "2412"]);
    for (const query of ["22 33 44 55", "24.12", "(22) 33"])
      expect(text.includes(searchTerms(query)[0]!), query).toBe(true);
  });

  it("names another operator by what the user typed for it", () => {
    expect(caseSearchText({ ...base, provider: "other", providerName: "Zeta Mobil" })).toBe(
      "zeta mobil 4791234567",
    );
  });
});
