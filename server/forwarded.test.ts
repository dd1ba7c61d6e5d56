import { describe, expect, it } from "vitest";
import { canonicalRedirect } from "./canonical-origin";
import { requestedOrigin, trustForwardedHeaders } from "./forwarded";
import { hasMalformedPath } from "./malformed-url";
import type { IncomingHttpHeaders } from "node:http";

const trusted = (headers: IncomingHttpHeaders, socket: string | undefined, proxies: number) => {
  const copy = { ...headers };
  trustForwardedHeaders(copy, socket, proxies);
  return copy;
};

describe("forwarded headers", () => {
  it("without a proxy, ignores what the client claims and uses the socket's peer", () => {
    const headers = trusted(
      {
        "x-forwarded-for": "1.2.3.4",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
        "x-real-ip": "5.6.7.8",
        forwarded: "for=9.9.9.9",
      },
      "::ffff:198.51.100.7",
      0,
    );
    expect(headers).toEqual({ "x-forwarded-for": "198.51.100.7" });
  });

  it("a fresh X-Forwarded-For per request changes nothing without a proxy", () => {
    const keys = ["10.0.0.1", "10.0.0.2", "10.0.0.3"].map(
      (fake) => trusted({ "x-forwarded-for": fake }, "203.0.113.9", 0)["x-forwarded-for"],
    );
    expect(new Set(keys)).toEqual(new Set(["203.0.113.9"]));
  });

  it("behind N proxies, the client is the N-th address from the end; what the client wrote before it is dropped", () => {
    expect(
      trusted({ "x-forwarded-for": "6.6.6.6, 203.0.113.5" }, "10.0.0.1", 1)["x-forwarded-for"],
    ).toBe("203.0.113.5");
    expect(
      trusted({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2" }, "10.0.0.1", 2)[
        "x-forwarded-for"
      ],
    ).toBe("203.0.113.5");
    expect(
      trusted({ "x-forwarded-for": ["6.6.6.6", "203.0.113.5"] }, "10.0.0.1", 1)["x-forwarded-for"],
    ).toBe("203.0.113.5");
    // Keeps the proxy's host and scheme.
    expect(
      trusted(
        { "x-forwarded-for": "203.0.113.5", "x-forwarded-host": "si-opp.example" },
        "10.0.0.1",
        1,
      )["x-forwarded-host"],
    ).toBe("si-opp.example");
  });

  it("a request that did not pass the proxies counts as its socket's peer", () => {
    expect(trusted({}, "203.0.113.8", 1)["x-forwarded-for"]).toBe("203.0.113.8");
    expect(trusted({ "x-forwarded-for": "1.1.1.1" }, "203.0.113.8", 2)["x-forwarded-for"]).toBe(
      "203.0.113.8",
    );
  });

  it("reads the public host from Host, or from the proxy's X-Forwarded-Host", () => {
    expect(
      requestedOrigin({ host: "localhost:3100", "x-forwarded-host": "evil.example" }, 0),
    ).toEqual({ host: "localhost:3100", protocol: undefined });
    expect(
      requestedOrigin(
        {
          host: "127.0.0.1:3000",
          "x-forwarded-host": "si-opp.example",
          "x-forwarded-proto": "https",
        },
        1,
      ),
    ).toEqual({ host: "si-opp.example", protocol: "https" });
  });
});

describe("one origin for pages", () => {
  const site = new URL("https://si-opp.example");
  const request = (url: string, headers: IncomingHttpHeaders, method = "GET") => ({
    method,
    url,
    headers,
  });

  it("leaves requests on SITE_URL's host alone", () => {
    expect(
      canonicalRedirect(request("/en/guides", { host: "si-opp.example" }), site, 0),
    ).toBeNull();
    expect(
      canonicalRedirect(request("/en/guides", { host: "SI-OPP.example" }), site, 0),
    ).toBeNull();
  });

  it("sends pages on any other host to SITE_URL, path and query kept", () => {
    expect(canonicalRedirect(request("/en/tracker?x=1", { host: "127.0.0.1:3000" }), site, 0)).toBe(
      "https://si-opp.example/en/tracker?x=1",
    );
    expect(
      canonicalRedirect(
        request("/en", {
          host: "127.0.0.1:3000",
          "x-forwarded-host": "evil.example",
          "x-forwarded-proto": "http",
        }),
        site,
        1,
      ),
    ).toBe("https://si-opp.example/en");
    expect(
      canonicalRedirect(
        request("/en", {
          host: "127.0.0.1",
          "x-forwarded-host": "si-opp.example",
          "x-forwarded-proto": "http",
        }),
        site,
        1,
      ),
    ).toBe("https://si-opp.example/en");
  });

  it("never leaves SITE_URL's origin, whatever the path", () => {
    for (const path of ["/\\evil.example/x", "/\\/evil.example", "/%2F%2Fevil.example"]) {
      expect(
        new URL(canonicalRedirect(request(path, { host: "127.0.0.1" }), site, 0)!).origin,
      ).toBe("https://si-opp.example");
    }
    expect(
      canonicalRedirect(request("//evil.example/", { host: "127.0.0.1" }), site, 0),
    ).toBeNull();
  });

  it("lets API calls, Next's files and other methods through on any host", () => {
    expect(
      canonicalRedirect(request("/api/health", { host: "127.0.0.1:3000" }), site, 0),
    ).toBeNull();
    expect(
      canonicalRedirect(request("/_next/static/x.js", { host: "127.0.0.1:3000" }), site, 0),
    ).toBeNull();
    expect(
      canonicalRedirect(request("/en/tracker", { host: "127.0.0.1:3000" }, "POST"), site, 0),
    ).toBeNull();
  });
});

describe("malformed paths", () => {
  it("are told apart from ordinary and encoded ones", () => {
    expect(hasMalformedPath("/en/tracker/%FF")).toBe(true);
    expect(hasMalformedPath("/en/tracker/%ED%A0%80?x=1")).toBe(true);
    expect(hasMalformedPath("/en/%")).toBe(true);
    expect(hasMalformedPath("/en/guides/x?q=%FF")).toBe(false); // queries are decoded leniently
    expect(hasMalformedPath("/zh/search/%E4%B8%AD")).toBe(false);
    expect(hasMalformedPath("/")).toBe(false);
    // Request targets that are not a path: `*`, absolute-form, authority-form.
    expect(hasMalformedPath("*")).toBe(true);
    expect(hasMalformedPath("http://evil.example/en")).toBe(true);
    expect(hasMalformedPath("evil.example:443")).toBe(true);
    expect(hasMalformedPath(undefined)).toBe(true);
    // Dot segments, plain or encoded, that would route past the /api/ and /_next/ checks.
    expect(hasMalformedPath("/api/../en/tracker")).toBe(true);
    expect(hasMalformedPath("/api/%2e%2e/en/tracker")).toBe(true);
    expect(hasMalformedPath("/_next/.%2E/en")).toBe(true);
    expect(hasMalformedPath("/en/./guides")).toBe(true);
    expect(hasMalformedPath("/en/guides/a..b")).toBe(false);
    expect(hasMalformedPath("/en/guides?x=/../")).toBe(false);
  });
});
