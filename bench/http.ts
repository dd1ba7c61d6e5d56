// The HTTP part of `npm run bench`: the production server (`npm start`) against a bare Next.js
// app of the same Next version, side by side on this machine, with autocannon. Every figure is
// printed next to the floor it is measured against, as a ratio; see docs/performance.md.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { pageScriptSources } from "@/test/page-scripts";
import { bareDashboardPages } from "./bare-dashboard-pages";
import type { RecordedRead } from "./dashboard-reads";
import type { MarkupNode } from "./markup-tree";

const root = path.resolve(import.meta.dirname, "..");
const connections = 20;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmupSeconds = 3;

export type Round = {
  name: string;
  url: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytes: number;
};

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
) {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

const children = new Set<ChildProcess>();
// A bench that fails half-way must not leave servers holding its ports.
process.on("exit", () => children.forEach((child) => child.kill("SIGKILL")));

async function portAnswers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" });
    return true;
  } catch {
    return false;
  }
}

export async function startServer(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined>; port: number },
): Promise<ChildProcess> {
  if (await portAnswers(options.port))
    throw new Error(`port ${options.port} is already in use: stop what runs there first`);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`server exited:\n${output}`));
      try {
        const response = await fetch(`http://127.0.0.1:${options.port}/`, { redirect: "manual" });
        if (response.status < 500) return resolve(child);
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) return reject(new Error(`server did not start:\n${output}`));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Resident memory of a process in MiB, from /proc. */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Math.round(Number(line?.replace(/\D+/g, "") ?? 0) / 1024);
}

/**
 * A warm-up, then one measured round of `seconds` with `connections` connections (20 unless
 * told: a saturated server, where latency is connections / throughput by Little's law).
 */
export async function measure(
  name: string,
  url: string,
  options: {
    headers?: Record<string, string>;
    expectNotFound?: boolean;
    connections?: number;
  } = {},
): Promise<Round> {
  const { headers = {}, expectNotFound = false } = options;
  const load = { url, connections: options.connections ?? connections, headers };
  await autocannon({ ...load, duration: warmupSeconds });
  const result = await autocannon({ ...load, duration: seconds });
  const bytes = Buffer.byteLength(await (await fetch(url, { headers })).text());
  // A 404 target answers non-2xx by design; anything else counts as an error.
  return {
    name,
    url,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + (expectNotFound ? 0 : result.non2xx),
    bytes,
  };
}

/**
 * A bare Next.js app of the same Next and React versions, in its own temp folder with its own
 * `npm install` (from the npm cache after the first run): `/` is hello world, `/text` a
 * prerendered page of plain paragraphs with about `sizes.staticBytes` of HTML (the guide's size),
 * `/dynamic` the same kind of page rendered per request with about `sizes.dynamicBytes` (the
 * dashboard's size), and `/dynamic-hello` hello world rendered per request: the framework's own
 * floor for each, the last one for any page that cannot be prerendered; and the pages made of
 * the dashboard's and the signed-in frame's own elements (`bareDashboardPages`).
 */
export async function startBareApp(
  sizes: { staticBytes: number; dynamicBytes: number },
  markup: { dashboard: MarkupNode[]; frame: MarkupNode[] },
  reads: { database: string; statements: RecordedRead[] },
  port: number,
): Promise<{ server: ChildProcess; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "si-opp-bare-"));
  mkdirSync(path.join(dir, "app", "text"), { recursive: true });
  mkdirSync(path.join(dir, "app", "dynamic"), { recursive: true });
  mkdirSync(path.join(dir, "app", "dynamic-hello"), { recursive: true });
  const ours = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  const dependencies = Object.fromEntries(
    ["next", "react", "react-dom"].map((name) => [name, ours.dependencies[name]!]),
  );
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "bare", private: true, type: "module", dependencies }),
  );
  writeFileSync(path.join(dir, "next.config.mjs"), "export default {};\n");
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n`,
  );
  writeFileSync(
    path.join(dir, "app", "page.jsx"),
    `export default function Page() {\n  return <h1>Hello world</h1>;\n}\n`,
  );
  // Paragraphs of mixed Latin and Chinese text, like a zh guide; the count is sized so the HTML
  // (which React also inlines once more as the RSC payload) comes out near the guide's size.
  const paragraph =
    "Lorem ipsum dolor sit amet, 携号转网之前先确认 BankID 和银行的手机号。Consectetur adipiscing elit. ".repeat(
      3,
    );
  const count = (bytes: number) =>
    Math.max(1, Math.round(bytes / 2 / Buffer.byteLength(`<p>${paragraph}</p>`)));
  writeFileSync(
    path.join(dir, "app", "text", "page.jsx"),
    `const paragraph = ${JSON.stringify(paragraph)};\nexport default function Page() {\n  return <main>{Array.from({ length: ${count(sizes.staticBytes)} }, (_, i) => <p key={i}>{paragraph}</p>)}</main>;\n}\n`,
  );
  // Reading a request header makes the page dynamic, as a signed-in page is.
  writeFileSync(
    path.join(dir, "app", "dynamic", "page.jsx"),
    `import { headers } from "next/headers";\nconst paragraph = ${JSON.stringify(paragraph)};\nexport default async function Page() {\n  const agent = (await headers()).get("user-agent") ?? "";\n  return <main><h1>{agent.length}</h1>{Array.from({ length: ${count(sizes.dynamicBytes)} }, (_, i) => <p key={i}>{paragraph}</p>)}</main>;\n}\n`,
  );
  writeFileSync(
    path.join(dir, "app", "dynamic-hello", "page.jsx"),
    `import { headers } from "next/headers";\nexport default async function Page() {\n  const agent = (await headers()).get("user-agent") ?? "";\n  return <h1>Hello world {agent.length}</h1>;\n}\n`,
  );
  const pages = bareDashboardPages(markup.dashboard, markup.frame, {
    ...reads,
    betterSqlite3: path.join(root, "node_modules", "better-sqlite3"),
  });
  for (const [file, source] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), source);
  }
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: dir });
  run(path.join(dir, "node_modules", ".bin", "next"), ["build"], { cwd: dir });
  const server = await startServer(
    path.join(dir, "node_modules", ".bin", "next"),
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    { cwd: dir, env: { NODE_ENV: "production" }, port },
  );
  return { server, dir };
}

export type Goal = { text: string; met: (ratio: number | null, round: Round) => boolean };

export function table(
  rows: { target: string; round: Round; against?: Round; goal?: Goal }[],
): string {
  const lines = [
    "| target | req/s | p50 ms | p99 ms | HTML KiB | errors | ratio | goal |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const { target, round, against, goal } of rows) {
    const ratio = against ? round.rps / against.rps : null;
    const verdict = goal ? `${goal.text} ${goal.met(ratio, round) ? "✔" : "✘"}` : "";
    lines.push(
      `| ${target} | ${round.rps.toFixed(0)} | ${round.p50} | ${round.p99} | ${(round.bytes / 1024).toFixed(1)} | ${round.errors} | ${ratio === null ? "—" : `${ratio.toFixed(2)}× ${against!.name}`} | ${verdict} |`,
    );
  }
  return lines.join("\n");
}

/** Builds the app for `siteUrl` (the build bakes it into prerendered pages). */
export function buildApp(siteUrl: string) {
  run("npm", ["run", "build"], { cwd: root, env: { SITE_URL: siteUrl } });
}

/**
 * The JavaScript a page loads at first (its `<script src>` files, fetched over HTTP as a browser
 * would), in bytes after gzip at its default level. Not counted: chunks loaded later (lazy
 * islands; they do not delay the page) and `noModule` scripts (modern browsers skip them).
 */
export async function scriptBytesGz(pageUrl: string) {
  const html = await (await fetch(pageUrl)).text();
  let total = 0;
  for (const source of new Set(pageScriptSources(html))) {
    const response = await fetch(new URL(source, pageUrl));
    if (!response.ok) throw new Error(`${source}: ${response.status}`);
    total += gzipSync(Buffer.from(await response.arrayBuffer())).byteLength;
  }
  return total;
}
