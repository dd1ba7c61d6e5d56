import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultLocale, localeCookie, locales } from "@/lib/i18n/locales";
import { requestPathHeader } from "@/lib/request-path";
import { runLocaleSteps } from "./locale-steps";
import type { AddressInfo } from "node:net";

// A real HTTP server running the steps, answering with what reached "Next": the path header.
const extra = { "Content-Security-Policy": "default-src 'none'" };
const server = createServer((req, res) => {
  if (runLocaleSteps(req, res, { locales, defaultLocale, headers: extra })) return;
  res.end(JSON.stringify({ path: req.headers[requestPathHeader] ?? null }));
});
let origin = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => void server.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(origin + path, { redirect: "manual", headers });

describe("the locale steps both servers run before Next", () => {
  it("answers a path without a locale with a 307 to the reader's language, never cached", async () => {
    const response = await get("/guides?x=1", {
      "accept-language": "zh",
      [requestPathHeader]: "/x",
    });
    expect(response.status).toBe(307);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      location: "/zh/guides?x=1",
      vary: "Accept-Language, Cookie",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'",
    });
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("passes a page on, remembering its language", async () => {
    const response = await get("/zh/guides", { cookie: `${localeCookie}=en` });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`^${localeCookie}=zh;`));
    expect(await response.json()).toEqual({ path: null });
  });

  it("tells a tracker page its own path, whatever the client claimed", async () => {
    const response = await get("/en/tracker/abc?x=1", {
      cookie: `${localeCookie}=en`,
      [requestPathHeader]: "/en/tracker/someone-elses",
    });
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.json()).toEqual({ path: "/en/tracker/abc?x=1" });
  });

  it("removes a client's path header from every other request", async () => {
    const response = await get("/en/guides", { [requestPathHeader]: "/en/tracker" });
    expect(await response.json()).toEqual({ path: null });
  });
});
