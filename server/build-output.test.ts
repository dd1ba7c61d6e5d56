import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BuildOutputError, readBuildOutput } from "./build-output";

// A build's output in miniature, as Next 16 writes it; each test breaks one thing the server
// reads. The same check runs against the real build in e2e/startup.spec.ts.
const routes = {
  staticRoutes: [{ page: "/robots.txt", regex: "^/robots\\.txt(?:/)?$" }],
  dynamicRoutes: [{ page: "/[locale]/guides/[slug]", regex: "^/([^/]+?)/guides/([^/]+?)(?:/)?$" }],
};
const prerender = {
  routes: { "/en/guides/x": {}, "/en": {} },
  dynamicRoutes: { "/[locale]/guides/[slug]": { fallback: false, routeRegex: "…" } },
};

let dir: string;
function project(files: { routes?: unknown; prerender?: unknown; raw?: string }): string {
  dir = mkdtempSync(path.join(tmpdir(), "si-opp-build-"));
  mkdirSync(path.join(dir, ".next", "server", "app", "en", "guides"), { recursive: true });
  writeFileSync(path.join(dir, ".next", "server", "app", "en", "guides", "x.html"), "<p>x</p>");
  if (files.routes !== undefined)
    writeFileSync(path.join(dir, ".next", "routes-manifest.json"), JSON.stringify(files.routes));
  writeFileSync(
    path.join(dir, ".next", "prerender-manifest.json"),
    files.raw ?? JSON.stringify(files.prerender),
  );
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("readBuildOutput", () => {
  it("reads the routes, the prerendered pages and their HTML", () => {
    const build = readBuildOutput(project({ routes, prerender }));
    expect(build.routes.map((r) => r.page)).toEqual(["/robots.txt", "/[locale]/guides/[slug]"]);
    expect(build.prerenderedPaths).toEqual(["/en/guides/x", "/en"]);
    expect([...build.onlyPrerendered]).toEqual(["/[locale]/guides/[slug]"]);
    expect(build.prerenderedHtml("/en/guides/x")).toBe("<p>x</p>");
    expect(build.prerenderedHtml("/en")).toBeNull();
  });

  it("names the file and the field when a manifest lacks one the server reads", () => {
    const { staticRoutes: _, ...withoutStatic } = routes;
    expect(() => readBuildOutput(project({ routes: withoutStatic, prerender }))).toThrow(
      /^\.next\/routes-manifest\.json: field "staticRoutes": .*\(see README, "Upgrading Next\.js"\)$/,
    );
    const changedFallback = {
      ...prerender,
      dynamicRoutes: { "/[locale]/guides/[slug]": { fallback: 0 } },
    };
    expect(() => readBuildOutput(project({ routes, prerender: changedFallback }))).toThrow(
      /^\.next\/prerender-manifest\.json: field "dynamicRoutes\.\/\[locale\]\/guides\/\[slug\]\.fallback"/,
    );
  });

  it("says so when a manifest is missing or not JSON", () => {
    expect(() => readBuildOutput(project({ prerender }))).toThrow(
      '.next/routes-manifest.json: missing: run `npm run build` first (see README, "Upgrading Next.js")',
    );
    expect(() => readBuildOutput(project({ routes, raw: "{" }))).toThrow(BuildOutputError);
  });
});
