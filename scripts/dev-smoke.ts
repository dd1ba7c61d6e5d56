// Part of `npm run test:e2e`: the README's first command still serves the site. `npm run dev`
// (server/dev.ts: Next's dev server behind the locale steps) is started on a spare port with its
// embedded defaults, in a folder of its own, and asked for `/` (a redirect to the reader's
// language, done by our server) and for that page (compiled and rendered by Next's dev server).
// Everything else is tested against the production build; this only proves the dev server runs.
import { spawn } from "node:child_process";
import { mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const port = Number(process.env.DEV_SMOKE_PORT || 3199);
const origin = `http://localhost:${port}`;
const dir = path.resolve("tmp/dev-smoke");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const log = path.join(dir, "server.log");

const server = spawn("npm", ["run", "-s", "dev"], {
  // A process group of its own, so the whole tree (npm, tsx, node) is stopped at the end.
  detached: true,
  stdio: ["ignore", openSync(log, "w"), openSync(log, "a")],
  env: {
    ...process.env,
    PORT: String(port),
    HOST: "localhost",
    DATABASE_PATH: path.join(dir, "app.db"),
    OUTBOX_DIR: path.join(dir, "outbox"),
    REMINDER_SCHEDULER: "off",
    NODE_ENV: "development",
  },
});
/** Ctrl-C's path (the server closes Next and exits); the whole group is killed if it hangs. */
async function stop() {
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(-server.pid!, name);
      return true;
    } catch {
      return false; // no process left in the group
    }
  };
  signal("SIGTERM");
  const deadline = Date.now() + 20_000;
  while (signal(0) && Date.now() < deadline) await sleep(200);
  signal("SIGKILL");
}

try {
  await waitForServer();
  const root = await fetch(`${origin}/`, {
    redirect: "manual",
    headers: { "accept-language": "zh-CN,zh;q=0.9" },
  });
  expect(root.status === 307, `/ answered ${root.status}, not 307`);
  expect(root.headers.get("location") === "/zh", `/ went to ${root.headers.get("location")}`);
  const page = await fetch(`${origin}/zh`);
  const html = await page.text();
  expect(page.status === 200, `/zh answered ${page.status}`);
  expect(html.includes('<html lang="zh-Hans"'), "/zh is not the Chinese home page");
  console.log(`dev smoke: npm run dev redirects / to /zh and serves it (${html.length} bytes)`);
} catch (error) {
  console.error(`dev smoke failed: ${(error as Error).message}\n--- ${log}:`);
  console.error(readFileSync(log, "utf8"));
  process.exitCode = 1;
} finally {
  await stop();
}

async function waitForServer() {
  const deadline = Date.now() + 180_000; // a cold Turbopack start on a 2-core machine
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm run dev exited with ${server.exitCode}`);
    try {
      await fetch(`${origin}/api/health`);
      return;
    } catch {
      await sleep(500);
    }
  }
  throw new Error("npm run dev did not answer within 3 minutes");
}

function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
