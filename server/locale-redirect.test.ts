import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { defaultLocale, localeCookie, locales } from "@/lib/i18n/locales";
import { localeTarget, redirectWithoutLocale } from "./locale-redirect";
import type { AddressInfo } from "node:net";

const targetOf = (url: string, headers: Record<string, string> = {}) =>
  localeTarget({ url, headers }, locales, defaultLocale);

describe("sending a path without a locale to the reader's language", () => {
  it("redirects every page path without a locale prefix, keeping its path and query", () => {
    for (const path of ["/guides", "/guides/cancel-mobile-subscription", "/tracker", "/english"]) {
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

  it("sends an encoded locale under a prefix too, so Next only sees plain ones", () => {
    expect(targetOf("/%65n/tracker")).toBe("/en/%65n/tracker");
  });

  it("leaves pages with a locale, API routes, Next's own paths and files alone", () => {
    for (const url of [
      ...locales.flatMap((l) => [`/${l}`, `/${l}/`, `/${l}/guides?x=1`, `/${l}/tracker`]),
      "/api/auth/session",
      "/_next/static/chunk.js",
      "/__nextjs_original-stack-frames",
      "/robots.txt",
      "/favicon.ico",
      "/icon.svg",
      "*",
    ]) {
      expect(targetOf(url), url).toBeNull();
    }
  });

  it("answers 307 with a Location, varying on the language inputs and never cached", async () => {
    const extra = { "Content-Security-Policy": "default-src 'none'" };
    const server = createServer((req, res) => {
      if (!redirectWithoutLocale(req, res, { locales, defaultLocale, headers: extra }))
        res.end("passed on");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const get = (path: string) =>
        fetch(`http://127.0.0.1:${port}${path}`, {
          redirect: "manual",
          headers: { "accept-language": "zh" },
        });
      const redirect = await get("/guides?x=1");
      expect(redirect.status).toBe(307);
      expect(Object.fromEntries(redirect.headers)).toMatchObject({
        location: "/zh/guides?x=1",
        vary: "Accept-Language, Cookie",
        "cache-control": "private, no-store",
        "content-security-policy": "default-src 'none'",
      });
      const page = await get("/zh/guides");
      expect([page.status, await page.text()]).toEqual([200, "passed on"]);
    } finally {
      server.close();
    }
  });
});
