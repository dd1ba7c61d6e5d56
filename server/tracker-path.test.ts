import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { requestPathHeader } from "@/lib/request-path";
import { passTrackerPath } from "./tracker-path";

function pathHeaderOf(url: string, headers: Record<string, string> = {}) {
  const req = new IncomingMessage(new Socket());
  req.url = url;
  req.headers = { ...headers };
  passTrackerPath(req, locales);
  return req.headers[requestPathHeader];
}

describe("telling a signed-in page its own path", () => {
  it("passes the path and query of every tracker page, encoded paths too", () => {
    expect(pathHeaderOf("/en/tracker")).toBe("/en/tracker");
    expect(pathHeaderOf("/zh/tracker/abc/confirm?from=mail")).toBe(
      "/zh/tracker/abc/confirm?from=mail",
    );
    expect(pathHeaderOf("/en/%74racker/new")).toBe("/en/%74racker/new");
  });

  it("leaves out the router's _rsc parameter, as Next does for the page", () => {
    expect(pathHeaderOf("/en/tracker/abc?_rsc=1x2y3")).toBe("/en/tracker/abc");
    expect(pathHeaderOf("/en/tracker?q=telia&_rsc=1x2y3&page=2")).toBe(
      "/en/tracker?q=telia&page=2",
    );
  });

  it("replaces the client's own value on a tracker page and removes it everywhere else", () => {
    const forged = { [requestPathHeader]: "/en/tracker/someone-elses" };
    expect(pathHeaderOf("/en/tracker/new", forged)).toBe("/en/tracker/new");
    for (const url of [
      "/en/guides",
      "/",
      "/tracker",
      "/api/health",
      "/xx/tracker",
      "/en/trackers",
    ]) {
      expect(pathHeaderOf(url, forged), url).toBeUndefined();
    }
  });
});
