import { describe, expect, it } from "vitest";
import { defaultLocale, localeCookie, locales } from "@/lib/i18n/locales";
import { localeTarget } from "./locale-redirect";

const targetOf = (url: string, headers: Record<string, string> = {}) =>
  localeTarget({ url, headers }, locales, defaultLocale);

describe("sending a path without a locale to the reader's language", () => {
  it("redirects every page path without a locale prefix, keeping its path and query", () => {
    for (const path of [
      "/guides",
      "/guides/cancel-mobile-subscription",
      "/tracker",
      "/english",
      "/EN",
      "/en-gb",
      "/apiary",
    ]) {
      expect(targetOf(path), path).toBe(`/en${path}`);
    }
    expect(targetOf("/")).toBe("/en");
    expect(targetOf("/?x=1")).toBe("/en?x=1");
    expect(targetOf("/zhx?q=a/b.c", { "accept-language": "zh" })).toBe("/zh/zhx?q=a/b.c");
    // Stays on this site: the prefix comes first.
    expect(targetOf("//evil/x")).toBe("/en//evil/x");
  });

  it("picks the remembered language first, then Accept-Language", () => {
    expect(targetOf("/guides", { "accept-language": "zh-CN,zh;q=0.9" })).toBe("/zh/guides");
    expect(targetOf("/guides", { "accept-language": "fr-FR" })).toBe("/en/guides");
    const cookie = `a=b; ${localeCookie}=zh`;
    expect(targetOf("/guides", { cookie, "accept-language": "en" })).toBe("/zh/guides");
    expect(targetOf("/guides", { cookie: `${localeCookie}=xx`, "accept-language": "zh" })).toBe(
      "/zh/guides",
    );
  });

  it("keeps encoded locales and odd paths under the prefix: Next sees plain locales only", () => {
    expect(targetOf("/%65n/tracker")).toBe("/en/%65n/tracker");
    expect(targetOf("/%2F%2Fevil")).toBe("/en/%2F%2Fevil");
    expect(targetOf("/\\evil")).toBe("/en/\\evil");
  });

  it("leaves pages with a locale, API routes, Next's own paths and files alone", () => {
    for (const url of [
      ...locales.flatMap((l) => [`/${l}`, `/${l}/`, `/${l}/guides?x=1`, `/${l}/tracker`]),
      "/api/auth/session",
      "/_next/static/chunk.js",
      "/_vercel/insights",
      "/__nextjs_original-stack-frames",
      "/robots.txt",
      "/favicon.ico",
      "/icon.svg",
      "*",
    ]) {
      expect(targetOf(url), url).toBeNull();
    }
  });

  it("only ever points at a page of this site under a locale, whatever the path", () => {
    // A small deterministic generator over the characters that make paths tricky.
    const alphabet = ["/", "\\", "%", "2F", "5C", "?", "#", ".", ":", "@", "e", "n", "z", "h", " "];
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    const underALocale = new RegExp(`^/(${locales.join("|")})(/|\\?|$)`);
    let redirected = 0;
    for (let i = 0; i < 2_000; i++) {
      const length = 1 + (next() % 12);
      const url = "/" + Array.from({ length }, () => alphabet[next() % alphabet.length]).join("");
      const language = locales[next() % locales.length]!;
      const target = targetOf(url, { "accept-language": language });
      if (target === null) continue;
      redirected++;
      expect(target, url).toMatch(underALocale);
      expect(target.startsWith(`/${language}`), url).toBe(true);
      expect(new URL(target, "https://site.example").origin, url).toBe("https://site.example");
    }
    expect(redirected).toBeGreaterThan(500);
  });
});
