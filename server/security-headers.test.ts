import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  readPrerenderedScripts,
  staticSecurityHeaders,
} from "./security-headers";
import type { BuildOutput } from "./build-output";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("CSP for prerendered pages", () => {
  it("hashes exactly the inline scripts a browser runs", () => {
    const html = [
      `<script>self.__next_f=self.__next_f||[]</script>`,
      `<script src="/_next/static/chunks/a.js" async=""></script>`,
      `<script type="application/ld+json">{"@type":"HowTo"}</script>`,
      `<script nonce="x">self.__next_f.push([1,"a\\u003cb"])</script>`,
      `<SCRIPT type="module">import "x"</SCRIPT>`,
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([
      sha("self.__next_f=self.__next_f||[]"),
      sha('self.__next_f.push([1,"a\\u003cb"])'),
      sha('import "x"'),
    ]);
  });

  it("hashes every prerendered page of a build, and the error pages apart", () => {
    // The build's files are read (and their shapes checked) by server/build-output.ts.
    const html: Record<string, string> = {
      "/en/guides/x": "<script>guide()</script>",
      "/_not-found": "<script>missing()</script>",
    };
    const build: BuildOutput = {
      routes: [],
      prerenderedPaths: ["/en/guides/x", "/robots.txt", "/_not-found"],
      onlyPrerendered: new Set(),
      prerenderedHtml: (pathname) => html[pathname] ?? null,
    };
    const { byPath, errorPages } = readPrerenderedScripts(build);
    expect(byPath.get("/en/guides/x")).toEqual([sha("guide()")]);
    expect(byPath.has("/robots.txt")).toBe(false);
    expect(errorPages).toEqual([sha("missing()")]);
  });

  it("allows no inline script or eval without a hash or nonce, and no framing", () => {
    const policy = contentSecurityPolicy(["'nonce-abc'"], false);
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scripts).toBe("script-src 'self' 'nonce-abc'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy([], true)).toContain("upgrade-insecure-requests");
  });

  it("adds HSTS only when the site is served over https", () => {
    expect(staticSecurityHeaders(false)).not.toHaveProperty("Strict-Transport-Security");
    expect(staticSecurityHeaders(true)["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(staticSecurityHeaders(false)).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });
});
