// Part of `npm run test:e2e`: the README's first command still serves the site. `npm run dev`
// (server/dev.ts: Next's dev server behind the locale steps) is started on a spare port with its
// embedded defaults (its database and outbox in tmp/dev-smoke; Next's dev build in .next/dev,
// apart from the production build) and asked for `/` (a redirect to the reader's language, done
// by our server), for that page (compiled and rendered by Next's dev server) and for the dev
// outbox. Everything else is tested against the production build; this only proves the dev
// server runs.
import { spawn } from "node:child_process";
import { mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const port = Number(process.env.DEV_SMOKE_PORT || 3199);
const origin = `http://localhost:${port}`;
const dir = path.resolve("tmp/dev-smoke");
const log = path.join(dir, "server.log");
const ready = `Si opp (development) at http://localhost:${port}`;

// A server left over from an interrupted run would answer in place of the new one.
if (await answers(origin)) fail(`something already answers at ${origin}: stop it first`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const output = openSync(log, "a");
const server = spawn("npm", ["run", "-s", "dev"], {
  // A process group of its own, so the whole tree (npm, tsx, node) is stopped at the end.
  detached: true,
  stdio: ["ignore", output, output],
  env: {
    ...process.env,
    PORT: String(port),
    HOST: "localhost",
    // The defaults' shape (data/app.db, data/outbox), in a folder the server has to create.
    DATABASE_PATH: path.join(dir, "data", "app.db"),
    OUTBOX_DIR: path.join(dir, "data", "outbox"),
    REMINDER_SCHEDULER: "off",
    NODE_ENV: "development",
  },
});
const signalGroup = (name: NodeJS.Signals | 0) => {
  try {
    process.kill(-server.pid!, name);
    return true;
  } catch {
    return false; // no process left in the group
  }
};
// Interrupted (Ctrl-C, a CI timeout) or ending early: the server goes too.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    signalGroup("SIGKILL");
    process.exit(1);
  });
process.on("exit", () => signalGroup("SIGKILL"));

try {
  await waitUntilReady();
  const root = await fetch(`${origin}/`, {
    redirect: "manual",
    headers: { "accept-language": "zh-CN,zh;q=0.9" },
    signal: AbortSignal.timeout(120_000),
  });
  check(root.status === 307, `/ answered ${root.status}, not 307`);
  check(root.headers.get("location") === "/zh", `/ went to ${root.headers.get("location")}`);
  // The first request compiles the page: minutes at worst on a cold 2-core machine.
  const page = await fetch(`${origin}/zh`, { signal: AbortSignal.timeout(180_000) });
  const html = await page.text();
  check(page.status === 200, `/zh answered ${page.status}`);
  check(html.includes('<html lang="zh-Hans"'), "/zh is not the Chinese home page");
  // The development outbox, where the README sends a local sign-in's link.
  const outbox = await fetch(`${origin}/en/dev/outbox`, { signal: AbortSignal.timeout(180_000) });
  check(outbox.status === 200, `/en/dev/outbox answered ${outbox.status}`);
  console.log(
    `dev smoke: npm run dev redirects / to /zh, serves it (${html.length} bytes) and the outbox`,
  );
  await stop();
} catch (error) {
  await stop();
  fail(`${(error as Error).message}\n--- ${log}:\n${readFileSync(log, "utf8")}`);
}

/** Ctrl-C's path (the server closes Next and exits); the group is killed if that hangs. */
async function stop() {
  signalGroup("SIGTERM");
  const deadline = Date.now() + 20_000;
  while (signalGroup(0) && Date.now() < deadline) await sleep(200);
  signalGroup("SIGKILL");
}

/** Until the server prints that it listens (its own line, not merely some answer on the port). */
async function waitUntilReady() {
  const deadline = Date.now() + 180_000; // a cold Turbopack start on a 2-core machine
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`npm run dev ended (${server.exitCode ?? server.signalCode})`);
    if (readFileSync(log, "utf8").includes(ready)) return;
    await sleep(300);
  }
  throw new Error("npm run dev did not start within 3 minutes");
}

async function answers(url: string) {
  try {
    await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function fail(message: string): never {
  console.error(`dev smoke failed: ${message}`);
  process.exit(1);
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
