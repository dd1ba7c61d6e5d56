import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { localeCookie, locales } from "@/lib/i18n/locales";
import { rememberLocale } from "./remember-locale";

function setCookieOf(url: string, headers: Record<string, string> = {}) {
  const req = new IncomingMessage(new Socket());
  req.url = url;
  req.headers = { ...headers };
  const before = JSON.stringify(req.headers);
  const res = new ServerResponse(req);
  rememberLocale(req, res, locales);
  expect(JSON.stringify(req.headers), "the request is passed on as sent").toBe(before);
  const setCookie = res.getHeader("set-cookie");
  return setCookie === undefined ? undefined : [setCookie].flat();
}

const remembered = (locale: string) => [
  `${localeCookie}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`,
];

describe("remembering the language of a loaded page", () => {
  it("sets the cookie on a first visit", () => {
    expect(
      setCookieOf("/zh/guides/cancel-mobile-subscription?x=1", { cookie: "theme=dark" }),
    ).toEqual(remembered("zh"));
    expect(setCookieOf("/en/")).toEqual(remembered("en"));
  });

  it("replaces a cookie naming the other language (the first one counts), on crawler loads too", () => {
    const cookie = `${localeCookie}=zh; a=b; ${localeCookie}=en`;
    expect(setCookieOf("/en", { cookie, "sec-fetch-dest": "document" })).toEqual(remembered("en"));
    expect(setCookieOf("/en", { cookie })).toEqual(remembered("en")); // no Sec-Fetch-Dest: curl
  });

  it("reads odd cookie headers without throwing", () => {
    const cookie = `a b=1; v=%E4%B8%AD "q"; authjs.session-token=s1; authjs.session-token=s2; ${localeCookie}=zh`;
    expect(setCookieOf("/en/tracker", { cookie })).toEqual(remembered("en"));
  });

  it("does nothing when the cookie already names the page's language", () => {
    expect(setCookieOf("/en/guides", { cookie: `${localeCookie}=en` })).toBeUndefined();
  });

  it("leaves router fetches alone: a prefetch of the other language is no choice", () => {
    const headers = { cookie: `${localeCookie}=en`, "sec-fetch-dest": "empty" };
    expect(setCookieOf("/zh/guides", headers)).toBeUndefined();
  });

  it("remembers the language of signed-in pages too", () => {
    expect(setCookieOf("/zh/tracker/new")).toEqual(remembered("zh"));
  });

  it("leaves paths without a locale, files and API routes alone", () => {
    for (const url of ["/", "/guides", "/zhx/guides", "/api/health", "/zh/icon.png", "/en/a.b/c"]) {
      expect(setCookieOf(url), url).toBeUndefined();
    }
  });
});
