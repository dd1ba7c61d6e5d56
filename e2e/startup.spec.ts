import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { readBuildOutput } from "@/server/build-output";
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

type Outcome = {
  code: number | null;
  stdout: string;
  stderr: string;
  server: ChildProcess;
  /** Everything the server printed so far, also after start-up. */
  output: () => string;
};

const spawned: ChildProcess[] = [];
test.afterEach(() => {
  for (const server of spawned.splice(0)) if (server.exitCode === null) server.kill("SIGKILL");
});

/** Runs the server until it exits or says it is listening (then it runs until the test ends). */
function start(env: Record<string, string | undefined>, cwd?: string): Promise<Outcome> {
  const server = spawn("node", [path.resolve("dist/server.mjs")], {
    env: { PATH: process.env.PATH, ...env } as unknown as NodeJS.ProcessEnv,
    cwd,
  });
  spawned.push(server);
  let stdout = "";
  let stderr = "";
  const output = () => stdout + stderr;
  return new Promise((resolve) => {
    server.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (stdout.includes("si-opp listening"))
        resolve({ code: null, stdout, stderr, server, output });
    });
    server.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
    server.on("exit", (code) => resolve({ code, stdout, stderr, server, output }));
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

test("reads the real build's route tables, and refuses a build whose manifest lacks a field it reads, naming it", async () => {
  // The real build has every shape the server relies on (server/build-output.ts).
  const build = readBuildOutput(process.cwd());
  expect(build.routes.map((r) => r.page)).toContain("/[locale]/guides/[slug]");
  expect(build.prerenderedHtml("/en/guides/cancel-mobile-subscription")).toContain("<html");

  // The same build with one field gone, as a Next upgrade could leave it: a project folder whose
  // .next links to the real build's files except the route table, which loses "dynamicRoutes".
  const project = path.join(dir, "changed-build");
  mkdirSync(path.join(project, ".next"), { recursive: true });
  for (const entry of readdirSync(".next"))
    if (entry !== "routes-manifest.json")
      symlinkSync(path.resolve(".next", entry), path.join(project, ".next", entry));
  const { dynamicRoutes: _, ...changed } = JSON.parse(
    readFileSync(".next/routes-manifest.json", "utf8"),
  ) as Record<string, unknown>;
  writeFileSync(path.join(project, ".next", "routes-manifest.json"), JSON.stringify(changed));
  expectOneLineFailure(
    await start(good, project),
    /\.next\/routes-manifest\.json: field \\?"dynamicRoutes\\?"/,
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

/** One raw HTTP/1.1 exchange (the request written as is), answering the status code. */
function rawStatus(head: string, body: Buffer | string = ""): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(head.replace(/\n/g, "\r\n") + "\r\n");
      socket.end(body);
    });
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
  });
}

test("junk is turned away with a 4xx before Next: no 500, no stack and nothing it sent in the log", async () => {
  const outcome = await start(good);
  const origin = good.SITE_URL;
  const host = `Host: localhost:${port}`;
  const form = (fields: Record<string, string>) => {
    const parts = Object.entries(fields).map(
      ([name, value]) =>
        `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    );
    return Buffer.from(`${parts.join("")}--b--\r\n`);
  };
  const post = (headers: string[], body: Buffer | string) =>
    rawStatus(
      [`POST /en/sign-in HTTP/1.1`, host, "Connection: close", ...headers, ""].join("\n") + "\n",
      body,
    );
  const deep = form({ "$ACTION_1:1": "[".repeat(20_000) + "]".repeat(20_000) });
  const multipart = "Content-Type: multipart/form-data; boundary=b";
  try {
    const answers = {
      star: await rawStatus(`GET * HTTP/1.1\n${host}\nConnection: close\n\n`),
      options: await rawStatus(`OPTIONS * HTTP/1.1\n${host}\nConnection: close\n\n`),
      absolute: await rawStatus(
        `GET http://evil.example/en HTTP/1.1\nHost: evil.example\nConnection: close\n\n`,
      ),
      overLimit: await post([`Origin: ${origin}`, multipart, "Content-Length: 5000000"], ""),
      foreignOrigin: await post(
        ["Origin: https://evil.example", multipart, "Content-Length: 8"],
        "--b--\r\n",
      ),
      garbledOrigin: await post(["Origin: %%", multipart, "Content-Length: 8"], "--b--\r\n"),
      textPlain: await post(
        [`Origin: ${origin}`, "Content-Type: text/plain;charset=UTF-8", "Content-Length: 10"],
        '["$K1",1]',
      ),
      deep: await post([`Origin: ${origin}`, multipart, `Content-Length: ${deep.length}`], deep),
      dotSegments: await rawStatus(
        `POST /api/../en/sign-in HTTP/1.1\n${host}\nConnection: close\nOrigin: %%\nContent-Type: text/plain\nContent-Length: 2\n\n`,
        "[]",
      ),
      authCallback: (
        await fetch(
          `http://localhost:${port}/api/auth/session?callbackUrl=${encodeURIComponent("x\nsi-opp listening forged@evil.example")}`,
        )
      ).status,
    };
    expect(answers).toEqual({
      star: 400,
      options: 400,
      absolute: 400,
      overLimit: 413,
      foreignOrigin: 403,
      garbledOrigin: 403,
      textPlain: 400,
      deep: 400,
      dotSegments: 400,
      authCallback: 200,
    });
  } finally {
    outcome.server.kill("SIGTERM");
  }
  await new Promise((resolve) => outcome.server.on("exit", resolve));
  const log = outcome.output();
  expect(log).toContain("si-opp listening");
  expect(log).not.toMatch(/Error|\bat \S+ \(|evil\.example|forged/);
});
