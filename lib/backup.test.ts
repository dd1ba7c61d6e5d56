import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { backupDatabase, restoreDatabase } from "./backup";

const count = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("select count(*) n from job_run").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** Another process writing to the database as fast as it can, for `ms`. */
function writer(file: string, ms: number) {
  const script = `
    const Database = require(${JSON.stringify(require.resolve("better-sqlite3"))});
    const db = new Database(${JSON.stringify(file)}); db.pragma("busy_timeout = 5000");
    const insert = db.prepare("insert into job_run (job, started_at) values ('writer', ?)");
    const end = Date.now() + ${ms}; let n = 0;
    while (Date.now() < end) { db.transaction(() => { for (let i = 0; i < 50; i++) insert.run(Date.now()); })(); n += 50; }
    console.log(n);`;
  const child = spawn(process.execPath, ["-e", script]);
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  return new Promise<number>((resolve) => child.on("exit", () => resolve(Number(out))));
}

describe("backup and restore", () => {
  it(
    "takes a consistent online backup while another process writes, and restores it",
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "si-opp-backup-"));
      const live = path.join(dir, "live.db");
      const db = openDatabase(live);
      migrateDatabase(db);
      db.$client.close();

      const writing = writer(live, 3000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const before = count(live);
      const backup = await backupDatabase(
        live,
        path.join(dir, "backups"),
        new Date("2026-11-25T23:05:09.123Z"),
      );
      const written = await writing;
      expect(backup).toBe(path.join(dir, "backups", "si-opp-20261125T230509Z.db"));
      expect(count(backup)).toBeGreaterThanOrEqual(before);
      expect(count(backup)).toBeLessThanOrEqual(written);
      expect(written).toBeGreaterThan(before); // the writes really overlapped the backup

      const restored = path.join(dir, "restored", "app.db");
      restoreDatabase(backup, restored);
      const check = new Database(restored, { readonly: true });
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      check.close();
      expect(count(restored)).toBe(count(backup));
      // The restored file is a working app database: it migrates (nothing to do) and opens.
      const reopened = openDatabase(restored);
      migrateDatabase(reopened);
      reopened.$client.close();
    },
  );

  it("refuses to restore a file that is not an intact database, and changes nothing", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "si-opp-restore-"));
    const target = path.join(dir, "app.db");
    writeFileSync(target, "the current database");
    const broken = path.join(dir, "broken.db");
    writeFileSync(broken, "not sqlite at all ".repeat(100));
    expect(() => restoreDatabase(broken, target)).toThrow(/integrity check/);
    expect(() => restoreDatabase(path.join(dir, "missing.db"), target)).toThrow(/no backup/);
  });
});
