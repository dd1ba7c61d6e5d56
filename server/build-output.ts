import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The one module that reads Next's build output (`.next`): its route tables and its prerendered
 * HTML. These are Next's internals, not an API, and a Next upgrade may change them; so every shape
 * the server relies on is checked when it starts, and a build whose files do not have it stops the
 * start with one line naming the file and the field (server/startup-failed.ts), instead of a
 * server that silently stops answering 404s or sends CSPs that block its own pages. README:
 * "Upgrading Next.js".
 */
export type BuildOutput = {
  /** Every route the build can render (page pattern and Next's own regex for it). */
  routes: readonly { page: string; regex: string }[];
  /** Paths prerendered to HTML (`/en`, `/en/guides/…`, `/_not-found`). */
  prerenderedPaths: readonly string[];
  /** Route patterns whose every page is prerendered (`dynamicParams = false`). */
  onlyPrerendered: ReadonlySet<string>;
  /** A prerendered path's HTML, or null when the build has none for it. */
  prerenderedHtml(pathname: string): string | null;
};

const route = z.object({ page: z.string(), regex: z.string() });
const routesManifest = z.object({
  staticRoutes: z.array(route),
  dynamicRoutes: z.array(route),
});
const prerenderManifest = z.object({
  routes: z.record(z.string(), z.unknown()),
  dynamicRoutes: z.record(
    z.string(),
    // false: only the prerendered pages exist; a string or null: other paths render on demand.
    z.object({ fallback: z.union([z.literal(false), z.string(), z.null()]) }),
  ),
});

export class BuildOutputError extends Error {
  constructor(file: string, problem: string) {
    super(`.next/${file}: ${problem} (see README, "Upgrading Next.js")`);
    this.name = "BuildOutputError";
  }
}

function readManifest<T>(distDir: string, file: string, schema: z.ZodType<T>): T {
  const full = path.join(distDir, file);
  if (!existsSync(full)) throw new BuildOutputError(file, "missing: run `npm run build` first");
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(full, "utf8"));
  } catch {
    throw new BuildOutputError(file, "not valid JSON");
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new BuildOutputError(file, `field "${issue.path.join(".")}": ${issue.message}`);
  }
  return result.data;
}

export function readBuildOutput(projectDir: string): BuildOutput {
  const distDir = path.join(projectDir, ".next");
  const routes = readManifest(distDir, "routes-manifest.json", routesManifest);
  const prerender = readManifest(distDir, "prerender-manifest.json", prerenderManifest);
  return {
    routes: [...routes.staticRoutes, ...routes.dynamicRoutes],
    prerenderedPaths: Object.keys(prerender.routes),
    onlyPrerendered: new Set(
      Object.entries(prerender.dynamicRoutes)
        .filter(([, r]) => r.fallback === false)
        .map(([page]) => page),
    ),
    prerenderedHtml(pathname) {
      const file = path.join(
        distDir,
        "server",
        "app",
        `${pathname === "/" ? "/index" : pathname}.html`,
      );
      return existsSync(file) ? readFileSync(file, "utf8") : null;
    },
  };
}
