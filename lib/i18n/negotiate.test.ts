import { describe, expect, it } from "vitest";
import { negotiateLocale, parseAcceptLanguage } from "./negotiate";

const base = { cookie: undefined, locales: ["en", "zh"], defaultLocale: "en" };

describe("negotiateLocale", () => {
  it.each([
    ["zh-CN,zh;q=0.9", "zh"],
    ["zh-TW,en;q=0.5", "zh"],
    ["zh-HK", "zh"],
    ["zh-Hant-HK,en;q=0.8", "zh"],
    ["en;q=0.5, zh;q=0.9", "zh"],
    ["fr-FR,fr;q=0.9,zh;q=0.5", "zh"],
    ["en-US,en;q=0.9", "en"],
    ["nb-NO,nb;q=0.9,en;q=0.8", "en"],
    ["fr", "en"],
    ["", "en"],
    ["zh;q=0, en", "en"],
    ["*", "en"],
  ])("Accept-Language %j → %s", (acceptLanguage, expected) => {
    expect(negotiateLocale({ ...base, acceptLanguage })).toBe(expected);
  });

  it("uses the default without a header", () => {
    expect(negotiateLocale({ ...base, acceptLanguage: null })).toBe("en");
  });

  it("lets a remembered choice win over the header", () => {
    expect(negotiateLocale({ ...base, cookie: "en", acceptLanguage: "zh-CN" })).toBe("en");
    expect(negotiateLocale({ ...base, cookie: "zh", acceptLanguage: "en-US" })).toBe("zh");
  });

  it("ignores a cookie naming a locale we do not serve", () => {
    expect(negotiateLocale({ ...base, cookie: "de", acceptLanguage: "zh-CN" })).toBe("zh");
  });
});

describe("parseAcceptLanguage", () => {
  it("orders by weight and keeps header order for equal weights", () => {
    expect(parseAcceptLanguage("da, en-GB;q=0.8, en;q=0.8, zh;q=0.9")).toEqual([
      "da",
      "zh",
      "en-GB",
      "en",
    ]);
  });

  it("drops malformed weights instead of trusting them", () => {
    expect(parseAcceptLanguage("zh;q=abc, en")).toEqual(["en"]);
  });
});
