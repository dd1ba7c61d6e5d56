import { describe, expect, it } from "vitest";
import { caseListQuerySchema } from "@/lib/validation/case-list";
import { caseListHref, caseListQueryOf, caseListSearch } from "./case-list-url";

describe("the dashboard's URL", () => {
  it("reads any URL without failing: unknown values fall back to the defaults", () => {
    expect(
      caseListQuerySchema.parse({
        view: "mine",
        sort: "random",
        status: "lost",
        operator: "../etc",
        page: "-3",
      }),
    ).toEqual({ view: "all", sort: "urgency", page: 1 });
    expect(caseListQuerySchema.parse({ q: ["pappa", "mamma"], view: ["action", "all"] })).toEqual({
      q: "pappa",
      view: "action",
      sort: "urgency",
      page: 1,
    });
    expect(caseListQuerySchema.parse({ q: "x".repeat(300) }).q).toHaveLength(100);
  });

  it("writes only what differs from the defaults, in one order, and reads back the same view", () => {
    const query = caseListQuerySchema.parse({
      page: "2",
      sort: "next",
      operator: "telia",
      status: "submitted",
      view: "action",
      q: "pappa 4567",
    });
    const search = caseListSearch(query);
    expect(search).toBe(
      "q=pappa+4567&view=action&status=submitted&operator=telia&sort=next&page=2",
    );
    expect(caseListQueryOf(search)).toEqual(query);
    expect(caseListSearch(caseListQuerySchema.parse({}))).toBe("");
    expect(caseListHref("zh", {}, { bulk: "none" })).toBe("/zh/tracker?bulk=none");
    expect(caseListHref("en", { view: "closed" })).toBe("/en/tracker?view=closed");
  });

  it("goes back only to the dashboard, whatever the bulk form's `back` says", () => {
    expect(caseListHref("en", caseListQueryOf("https://evil.example/?view=open"))).toBe(
      "/en/tracker",
    );
    expect(caseListHref("en", caseListQueryOf("view=open&next=//evil.example"))).toBe(
      "/en/tracker?view=open",
    );
  });
});
