import { AsyncLocalStorage } from "node:async_hooks";
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { localeCookie, locales } from "@/lib/i18n/locales";
import { requestPathHeader } from "@/lib/request-path";
import { config } from "@/proxy";
import { rememberLocale } from "./remember-locale";

function load(url: string, headers: Record<string, string> = {}) {
  const req = new IncomingMessage(new Socket());
  req.url = url;
  req.headers = { ...headers };
  const res = new ServerResponse(req);
  rememberLocale(req, res, locales);
  const setCookie = res.getHeader("set-cookie");
  return {
    setCookie: setCookie === undefined ? undefined : [setCookie].flat(),
    cookie: req.headers.cookie,
  };
}

const cookiesOf = (header: string | undefined) =>
  Object.fromEntries(
    (header ?? "")
      .split(";")
      .filter(Boolean)
      .map((pair) => pair.trim().split("=") as [string, string]),
  );

let proxyRuns: (
  url: string,
  cookies: Record<string, string>,
  headers?: Record<string, string>,
) => boolean;
beforeAll(async () => {
  // Next's matcher test helper expects the AsyncLocalStorage global its own runtime provides.
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage = AsyncLocalStorage;
  const { unstable_doesMiddlewareMatch } = await import("next/experimental/testing/server.js");
  proxyRuns = (url, cookies, headers = {}) =>
    unstable_doesMiddlewareMatch({ config, url, cookies, headers });
});

describe("remembering the language of a loaded page, in the production server", () => {
  it("sets the cookie on a first visit and passes it on, so the proxy does not run", () => {
    const { setCookie, cookie } = load("/zh/guides/cancel-mobile-subscription?x=1", {
      cookie: "theme=dark",
    });
    expect(setCookie).toEqual([`${localeCookie}=zh; Path=/; Max-Age=31536000; SameSite=Lax`]);
    expect(cookiesOf(cookie)).toEqual({ theme: "dark", [localeCookie]: "zh" });
    expect(proxyRuns("/zh/guides/cancel-mobile-subscription", cookiesOf(cookie))).toBe(false);
    expect(proxyRuns("/zh/guides/cancel-mobile-subscription", {})).toBe(true); // what it saved
  });

  it("replaces a cookie naming the other language (the first one counts), on crawler loads too", () => {
    const { setCookie, cookie } = load("/en", {
      cookie: `${localeCookie}=zh; a=b`,
      "sec-fetch-dest": "document",
    });
    expect(setCookie).toEqual([`${localeCookie}=en; Path=/; Max-Age=31536000; SameSite=Lax`]);
    expect(cookie).toBe(`a=b; ${localeCookie}=en`);
    expect(load("/en/").setCookie).toEqual([
      `${localeCookie}=en; Path=/; Max-Age=31536000; SameSite=Lax`,
    ]);
  });

  it("keeps every other cookie as the client sent it, odd ones too", () => {
    // A name with a space once made the rewrite throw, and the request went unanswered.
    const { cookie } = load("/en/tracker", {
      cookie: `a b=1; v=%E4%B8%AD "q"; authjs.session-token=s1; authjs.session-token=s2; ${localeCookie}=zh`,
    });
    expect(cookie).toBe(
      `a b=1; v=%E4%B8%AD "q"; authjs.session-token=s1; authjs.session-token=s2; ${localeCookie}=en`,
    );
  });

  it("does nothing when the cookie already names the page's language", () => {
    expect(load("/en/guides", { cookie: `${localeCookie}=en` })).toEqual({
      setCookie: undefined,
      cookie: `${localeCookie}=en`,
    });
  });

  it("leaves router fetches alone: a prefetch of the other language is no choice", () => {
    expect(load("/zh/guides", { cookie: `${localeCookie}=en`, "sec-fetch-dest": "empty" })).toEqual(
      { setCookie: undefined, cookie: `${localeCookie}=en` },
    );
  });

  it("remembers the language of signed-in pages too, which then skip the proxy", () => {
    const { setCookie, cookie } = load("/zh/tracker/new");
    expect(setCookie).toEqual([`${localeCookie}=zh; Path=/; Max-Age=31536000; SameSite=Lax`]);
    expect(
      proxyRuns("/zh/tracker/new", cookiesOf(cookie), { [requestPathHeader]: "/zh/tracker/new" }),
    ).toBe(false);
  });

  it("leaves paths without a locale, files and API routes alone", () => {
    for (const url of ["/", "/guides", "/zhx/guides", "/api/health", "/zh/icon.png", "/en/a.b/c"]) {
      expect(load(url).setCookie, url).toBeUndefined();
    }
  });
});
