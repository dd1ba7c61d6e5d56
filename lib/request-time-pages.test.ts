import { describe, expect, it } from "vitest";
import { rendersPerRequest } from "./request-time-pages";

describe("rendersPerRequest", () => {
  it("is true for the pages rendered per request, in any locale or none, with a query or fragment", () => {
    for (const href of [
      "/en/tracker",
      "/zh/tracker/3f1c",
      "/en/tracker?view=action&page=2",
      "/en/tracker/account#locale",
      "/en/%74racker/new", // Next routes the encoded path to the same page
      "/en/search",
      "/zh/search?q=telia",
      "/en/helper",
      "/en/sign-in",
      "/en/sign-in/check-email",
      "/en/unsubscribe?token=x",
      "/en/operators/telia/reports",
      "/tracker", // the server sends it on to the reader's locale
      "/search?q=telia",
    ])
      expect(rendersPerRequest(href), href).toBe(true);
  });

  it("is false for prerendered pages, look-alikes and other origins", () => {
    for (const href of [
      "/en",
      "/en/guides/cancel-mobile-subscription",
      "/en/operators/telia",
      "/en/glossary",
      "/en/trackers",
      "/en/guides/tracker",
      "/guides",
      "https://example.com/en/tracker",
      "/en/guides?from=/en/tracker",
      "#search",
    ])
      expect(rendersPerRequest(href), href).toBe(false);
  });
});
