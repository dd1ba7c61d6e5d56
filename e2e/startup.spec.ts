import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { e2eAppEnv, e2eDir } from "./env";

// Starts the real production server (`npm start` = node dist/server.mjs) with a broken setting
// or database: it must exit with code 1 and one clear line, never stay up answering 500.
test.describe.configure({ mode: "serial" });

const dir = path.join(e2eDir, "startup");
const port = 3190;
const good = {
  ...e2eAppEnv,
  PORT: String(port),
  REMINDER_SCHEDULER: "off",
  DATABASE_PATH: path.join(dir, "ok.db"),
};

type Outcome = { code: number | null; stdout: string; stderr: string; server: ChildProcess };

const spawned: ChildProcess[] = [];
test.afterEach(() => {
  for (const server of spawned.splice(0)) if (server.exitCode === null) server.kill("SIGKILL");
});

/** Runs the server until it exits or says it is listening (then it runs until the test ends). */
function start(env: Record<string, string | undefined>): Promise<Outcome> {
  const server = spawn("node", ["dist/server.mjs"], {
    env: { PATH: process.env.PATH, ...env } as unknown as NodeJS.ProcessEnv,
  });
  spawned.push(server);
  let stdout = "";
  let stderr = "";
  return new Promise((resolve) => {
    server.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (stdout.includes("si-opp listening")) resolve({ code: null, stdout, stderr, server });
    });
    server.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
    server.on("exit", (code) => resolve({ code, stdout, stderr, server }));
  });
}

function expectOneLineFailure(outcome: Outcome, reason: RegExp) {
  expect(outcome.code).toBe(1);
  const lines = outcome.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^si-opp start-failed reason=/);
  expect(lines[0]).toMatch(reason);
}

test.beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
});

test("starts with the documented production settings, serves, and stops cleanly", async () => {
  const outcome = await start({ ...good, REMINDER_SCHEDULER: "on" }); // a first sweep at start: healthy at once
  try {
    expect(outcome.code).toBeNull();
    expect(outcome.stdout).toMatch(/^si-opp start env="production"/m);
    expect(outcome.stdout).toMatch(/^si-opp migrations applied=\d+ total=\d+$/m);
    expect(outcome.stdout).not.toMatch(/@example|\+47/);
    const health = await fetch(`http://localhost:${port}/api/health`);
    expect(health.status).toBe(200);
  } finally {
    outcome.server.kill("SIGTERM");
  }
  await new Promise((resolve) => outcome.server.on("exit", resolve));
  expect(outcome.server.exitCode).toBe(0);
});

for (const [setting, reason] of [
  ["SMTP_URL", /SMTP_URL is not set/],
  ["AUTH_SECRET", /AUTH_SECRET is not set/],
  ["SITE_URL", /SITE_URL: is required in production/],
] as const) {
  test(`refuses to start without ${setting}`, async () => {
    expectOneLineFailure(await start({ ...good, [setting]: undefined }), reason);
  });
}

test("refuses a SITE_URL other than the one the build was made for, and a test clock", async () => {
  expectOneLineFailure(
    await start({ ...good, SITE_URL: "https://elsewhere.example" }),
    /this build was made for SITE_URL=http:\/\/localhost/,
  );
  expectOneLineFailure(
    await start({ ...good, TEST_NOW: "2026-11-26T01:30:00Z" }),
    /TEST_NOW: is for tests only/,
  );
});

test("refuses a database file that is not a database", async () => {
  const file = path.join(dir, "garbage.db");
  writeFileSync(file, "this is not SQLite ".repeat(100));
  expectOneLineFailure(
    await start({ ...good, DATABASE_PATH: file }),
    /garbage\.db: file is not a database/,
  );
});

/** Another process holding the database's write lock (rollback journal, so readers wait too). */
function holdLock(file: string): () => void {
  const db = new Database(file);
  db.exec("create table if not exists held (x)");
  db.exec("begin exclusive");
  db.exec("insert into held values (1)");
  return () => {
    db.exec("commit");
    db.close();
  };
}

test("waits for a database another process has locked, then gives up with one line", async () => {
  test.setTimeout(60_000);
  const release = holdLock(path.join(dir, "locked.db"));
  try {
    expectOneLineFailure(
      await start({ ...good, DATABASE_PATH: path.join(dir, "locked.db") }),
      /locked\.db: still locked by another process after 3 attempts/,
    );
  } finally {
    release();
  }
});

test("refuses a port that is taken, with one line", async () => {
  const first = await start(good);
  try {
    expectOneLineFailure(await start(good), /EADDRINUSE/);
  } finally {
    first.server.kill("SIGTERM");
  }
});

test("starts once a lock is released during its retries", async () => {
  test.setTimeout(60_000);
  const file = path.join(dir, "released.db");
  const release = holdLock(file);
  setTimeout(release, 7_000); // longer than one attempt's 5 s busy timeout
  const outcome = await start({ ...good, DATABASE_PATH: file });
  outcome.server.kill("SIGTERM");
  expect(outcome.code).toBeNull();
  expect(outcome.stdout).toContain("si-opp listening");
});
