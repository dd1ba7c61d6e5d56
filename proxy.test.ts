import { AsyncLocalStorage } from "node:async_hooks";
import { beforeAll, describe, expect, it } from "vitest";
import { localeCookie, locales } from "@/lib/i18n/locales";
import { requestPathHeader } from "@/lib/request-path";
import { config } from "./proxy";

// Next's matcher test helper expects the AsyncLocalStorage global its own runtime provides.
let runs: (
  url: string,
  cookies?: Record<string, string>,
  headers?: Record<string, string>,
) => boolean;
beforeAll(async () => {
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage = AsyncLocalStorage;
  const { unstable_doesMiddlewareMatch } = await import("next/experimental/testing/server.js");
  runs = (url, cookies = {}, headers = {}) =>
    unstable_doesMiddlewareMatch({ config, url, cookies, headers });
});

describe("when the proxy runs (its static matcher)", () => {
  it("runs on every path without a locale prefix, so it can be redirected", () => {
    for (const url of [
      "/",
      "/guides",
      "/guides/cancel-mobile-subscription",
      "/tracker",
      "/english",
      "/zhx",
    ]) {
      expect(runs(url), url).toBe(true);
      expect(runs(url, { [localeCookie]: "zh" }), url).toBe(true);
    }
  });

  it("leaves API routes, Next's files and files with an extension alone", () => {
    for (const url of [
      "/api/auth/session",
      "/_next/static/chunk.js",
      "/robots.txt",
      "/favicon.ico",
      ...locales.map((l) => `/${l}/image.png`),
    ]) {
      expect(runs(url), url).toBe(false);
    }
  });

  // Fails when a catalog is added to messages/ without its entries in proxy.ts's matcher.
  it.each(locales)(
    "for %s pages, runs until the cookie names that language, then stays out of the way",
    (locale) => {
      const other = locales.find((l) => l !== locale)!;
      for (const path of [
        `/${locale}`,
        `/${locale}/`,
        `/${locale}/guides`,
        `/${locale}/guides/cancel-mobile-subscription`,
        `/${locale}/no-such-page`,
      ]) {
        expect(runs(path), `${path} without a cookie`).toBe(true);
        expect(runs(path, { [localeCookie]: other }), `${path} with ${other}`).toBe(true);
        expect(runs(path, { [localeCookie]: locale }), `${path} with ${locale}`).toBe(false);
      }
    },
  );

  it.each(locales)(
    "runs for %s signed-in pages, to tell them their path, unless the production server has",
    (locale) => {
      for (const path of [
        `/${locale}/tracker`,
        `/${locale}/tracker/new`,
        `/${locale}/tracker/abc/letters/new/chase`,
      ]) {
        const cookies = { [localeCookie]: locale };
        expect(runs(path, cookies), path).toBe(true);
        // The header's name, written literally in the static matcher, is the one pages read.
        expect(runs(path, cookies, { [requestPathHeader]: path }), path).toBe(false);
      }
    },
  );
});
