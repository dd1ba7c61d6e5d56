import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { cases, users } from "@/db/schema";
import { syncReminders } from "@/lib/data/reminder-sync";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { sweepReminders } from "./send-due-reminders";

// Faults with real processes: each sweep below is `npm run reminders` (scripts/send-reminders.ts)
// in its own process, on a real SQLite file, sending to a real SMTP server on localhost. Expected
// every time: no reminder lost, none sent twice except as a repeat with the same Message-ID,
// and the database passing integrity_check.

const due = Date.parse("2026-11-08T11:00:00Z"); // 12:00 in Oslo: the follow-ups below are due
const planned = Date.parse("2026-11-01T12:00:00Z");
const children: ChildProcess[] = [];
let sink: SmtpSink;
let dir: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  dir = mkdtempSync(path.join(tmpdir(), "si-opp-faults-"));
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  sink.messages.length = 0;
});
afterAll(async () => {
  await sink.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh database file with `n` users, each with one follow-up due at `due`. */
function seeded(name: string, n: number, at = path.join(dir, name)): string {
  mkdirSync(path.dirname(at), { recursive: true });
  const db = openDatabase(at);
  migrateDatabase(db);
  for (let i = 0; i < n; i++) {
    const user = db
      .insert(users)
      .values({ email: `user${i}@example.test` })
      .returning()
      .get();
    const c = db
      .insert(cases)
      .values({
        userId: user.id,
        provider: "telenor",
        subscriptionType: "postpaid",
        phoneNumber: "+4791234567",
        channel: "chat",
        status: "submitted",
        submittedOn: "2026-11-01",
        createdAt: "2026-11-01T12:00:00Z",
        updatedAt: "2026-11-01T12:00:00Z",
      })
      .returning()
      .get();
    syncReminders(db, c.id, planned);
  }
  db.$client.close();
  return at;
}

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** `npm run reminders` in its own process, at `now`, against `database` and `smtpPort`. */
function sweep(
  database: string,
  options: {
    now?: number;
    smtpPort?: number;
    timeoutSeconds?: number;
    onSpawn?: (child: ChildProcess) => void;
  } = {},
): Promise<Run> {
  // One process (tsx as a loader, not its CLI, which would run the script in a child of its own).
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/send-reminders.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_PATH: database,
      SMTP_URL: `smtp://127.0.0.1:${options.smtpPort ?? sink.port}`,
      SMTP_TIMEOUT_SECONDS: String(options.timeoutSeconds ?? 5),
      TEST_NOW: new Date(options.now ?? due).toISOString(),
    },
  });
  children.push(child);
  options.onSpawn?.(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d));
  child.stderr!.on("data", (d: Buffer) => (stderr += d));
  return new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

function inspect(database: string) {
  const db = new Database(database, { readonly: true });
  try {
    return {
      integrity: db.pragma("integrity_check", { simple: true }),
      byStatus: Object.fromEntries(
        (
          db.prepare("select status, count(*) n from reminder group by status").all() as {
            status: string;
            n: number;
          }[]
        ).map((r) => [r.status, r.n]),
      ),
    };
  } finally {
    db.close();
  }
}

const recipients = () => sink.messages.flatMap((m) => m.envelopeTo);
const messageIds = () => sink.messages.map((m) => m.messageId);

describe("reminder sweeps under faults (real processes)", { timeout: 90_000 }, () => {
  it("two sweeps racing on one database send every reminder exactly once", async () => {
    const database = seeded("race.db", 60);
    const [a, b] = await Promise.all([sweep(database), sweep(database)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(recipients()).toHaveLength(60);
    expect(new Set(recipients()).size).toBe(60);
    expect(new Set(messageIds()).size).toBe(60);
    expect(inspect(database)).toEqual({ integrity: "ok", byStatus: { sent: 60, pending: 120 } });
  });

  it("kill -9 after the SMTP server accepted a message: sent again after the lease, with the same Message-ID", async () => {
    const database = seeded("killed.db", 1);
    let victim: ChildProcess | undefined;
    sink.onMessage = () => victim?.kill("SIGKILL"); // the message is in; the process dies before recording it
    const killed = await sweep(database, { onSpawn: (child) => (victim = child) });
    sink.onMessage = undefined;
    expect(killed.signal).toBe("SIGKILL");
    expect(inspect(database).byStatus.sending).toBe(1);
    expect((await sweep(database, { now: due + 60_000 })).stdout).toContain(" claimed=0 "); // still leased
    expect((await sweep(database, { now: due + 11 * 60_000 })).stdout).toContain(" sent=1 ");
    expect(recipients()).toEqual(["user0@example.test", "user0@example.test"]);
    expect(new Set(messageIds()).size).toBe(1); // a repeat the mail client recognises
    expect(inspect(database)).toMatchObject({ integrity: "ok", byStatus: { sent: 1 } });
  });

  it("an SMTP server that is down, then back: retried, then delivered once", async () => {
    const database = seeded("down.db", 2);
    sink.rejecting = true;
    const failed = await sweep(database);
    expect(failed.code).toBe(0);
    expect(failed.stdout).toContain(" retrying=2 ");
    sink.rejecting = false;
    expect((await sweep(database, { now: due + 60_000 })).stdout).toContain(" sent=2 ");
    expect((await sweep(database, { now: due + 3_600_000 })).stdout).toContain(" claimed=0 ");
    expect(recipients().sort()).toEqual(["user0@example.test", "user1@example.test"]);
    expect(inspect(database)).toMatchObject({ integrity: "ok" });
  });

  it("an SMTP server that hangs: the sweep gives up within its timeouts, and nothing is lost", async () => {
    const hanging: Server = createServer(() => {}); // accepts, never greets
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    const port = (hanging.address() as { port: number }).port;
    const database = seeded("hang.db", 1);
    // It ends on its own (the test's own timeout is the bound, not a wall-clock assertion).
    const run = await sweep(database, { smtpPort: port, timeoutSeconds: 1 });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(" retrying=1 ");
    hanging.close();
    expect((await sweep(database, { now: due + 60_000 })).stdout).toContain(" sent=1 ");
    expect(recipients()).toEqual(["user0@example.test"]);
  });

  it("a database locked by another process: the sweep fails with one line, sends nothing, loses nothing", async () => {
    const database = seeded("locked.db", 1);
    const holder = new Database(database);
    holder.pragma("busy_timeout = 0");
    holder.exec("BEGIN EXCLUSIVE");
    const run = await sweep(database);
    holder.exec("ROLLBACK");
    holder.close();
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^si-opp sweep-failed error="SQLITE_BUSY/),
    ]);
    expect(recipients()).toEqual([]);
    expect((await sweep(database)).stdout).toContain(" sent=1 ");
    expect(inspect(database)).toMatchObject({ integrity: "ok", byStatus: { sent: 1 } });
  });

  it("a read-only disk, then a full one: the sweep fails with one line, and sends once the disk is usable again", async () => {
    const mount = path.join(dir, "small-disk");
    mkdirSync(mount);
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", mount], { stdio: "ignore" });
    } catch {
      return simulatedFullDisk(); // no permission to mount here: SQLITE_FULL inside SQLite instead
    }
    try {
      const database = seeded("x", 1, path.join(mount, "app.db"));
      execFileSync("mount", ["-o", "remount,ro", mount]);
      const readOnly = await sweep(database);
      expect(readOnly.code).toBe(1);
      expect(readOnly.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(/^si-opp sweep-failed error=/),
      ]);
      execFileSync("mount", ["-o", "remount,rw", mount]);

      // Full: fill what is left of the 2 MB, then sweep.
      try {
        execFileSync("dd", ["if=/dev/zero", `of=${path.join(mount, "filler")}`, "bs=4k"], {
          stdio: "ignore",
        });
      } catch {
        // dd stops at "no space left on device": that is the point.
      }
      const full = await sweep(database);
      if (full.code !== 0) {
        expect(full.stderr).toMatch(
          /^si-opp sweep-failed error="(SQLITE_FULL|SQLITE_IOERR|SQLITE_CANTOPEN)/m,
        );
        expect(recipients()).toEqual([]);
      }
      rmSync(path.join(mount, "filler"));
      if (full.code !== 0) expect((await sweep(database)).stdout).toContain(" sent=1 ");
      expect(recipients()).toEqual(["user0@example.test"]);
      expect(inspect(database)).toMatchObject({ integrity: "ok", byStatus: { sent: 1 } });
    } finally {
      execFileSync("umount", [mount]);
    }
  });
});

/**
 * Where a tmpfs cannot be mounted: the database may grow by no more pages (max_page_count), so
 * the sweep's first new page fails with SQLITE_FULL, in this process.
 */
async function simulatedFullDisk() {
  const database = seeded("simulated-full.db", 1);
  const db = openDatabase(database);
  db.$client.pragma("journal_mode = DELETE");
  db.$client.pragma(`max_page_count = ${db.$client.pragma("page_count", { simple: true })}`);
  const send = async () => ({ messageId: "<never>" });
  await expect(sweepReminders({ db, send, now: due })).rejects.toThrow(/full/i);
  db.$client.pragma("max_page_count = 1073741823");
  expect(await sweepReminders({ db, send, now: due })).toMatchObject({ sent: 1 });
  db.$client.close();
  expect(inspect(database)).toMatchObject({ integrity: "ok", byStatus: { sent: 1 } });
}
