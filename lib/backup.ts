import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Online backup with SQLite's backup API: consistent while the server keeps writing (it copies
 * pages and restarts where a write changed them), written to `dir/si-opp-<UTC stamp>.db`, then
 * opened and integrity-checked; a copy that fails the check is deleted and reported.
 */
export async function backupDatabase(file: string, dir: string, now = new Date()): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const target = path.join(dir, `si-opp-${stamp}.db`);
  const source = new Database(file, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(target);
  } finally {
    source.close();
  }
  const problem = integrityProblem(target);
  if (problem) {
    rmSync(target, { force: true });
    throw new Error(`the backup failed its integrity check (${problem})`);
  }
  return target;
}

/**
 * Puts a backup in place of the database. The server must be stopped: the backup is checked
 * first, then copied next to the database and renamed over it in one step; the old file's
 * -wal and -shm go with it (they belong to the old file).
 */
export function restoreDatabase(backup: string, file: string): void {
  if (!existsSync(backup)) throw new Error(`no backup at ${backup}`);
  const problem = integrityProblem(backup);
  if (problem)
    throw new Error(`${backup} failed its integrity check (${problem}); nothing was changed`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const staging = `${file}.restoring`;
  copyFileSync(backup, staging);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  renameSync(staging, file);
}

function integrityProblem(file: string): string | null {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    return result === "ok" ? null : String(result);
  } catch (error) {
    return (error as Error).message;
  } finally {
    db.close();
  }
}
