import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** The folder of evidence files that belongs to a backup file: `si-opp-<stamp>.evidence/`. */
export const evidenceFolderOf = (backup: string) => backup.replace(/\.db$/, "") + ".evidence";

/**
 * Online backup with SQLite's backup API: consistent while the server keeps writing (it copies
 * pages and restarts where a write changed them), written to `dir/si-opp-<UTC stamp>.db`, then
 * opened and integrity-checked; a copy that fails the check is deleted and reported.
 *
 * With `evidenceDir`, the evidence files the copy names go beside it in `si-opp-<stamp>.evidence/`
 * (hard links where the folders share a disk: the files never change, so a link is a copy that
 * costs nothing; a copy otherwise). A file deleted between the snapshot and its copy belonged to
 * a row deleted meanwhile: that row is dropped from the copy too, so the two always agree.
 */
export async function backupDatabase(
  file: string,
  dir: string,
  now = new Date(),
  evidenceDir?: string,
): Promise<string> {
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
  if (evidenceDir) copyEvidence(target, evidenceDir);
  return target;
}

function copyEvidence(backup: string, from: string): void {
  const to = evidenceFolderOf(backup);
  const db = new Database(backup);
  try {
    const digests = namedDigests(db);
    const lost: string[] = [];
    for (const sha256 of digests) {
      const source = path.join(from, sha256.slice(0, 2), sha256);
      const target = path.join(to, sha256.slice(0, 2), sha256);
      if (!existsSync(source)) {
        lost.push(sha256);
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
    const drop = db.prepare("delete from case_evidence where sha256 = ?");
    db.transaction(() => lost.forEach((sha256) => drop.run(sha256)))();
  } finally {
    db.close();
  }
}

/** The evidence digests a database names (none before the evidence migration). */
function namedDigests(db: Database.Database): string[] {
  const table = db
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'case_evidence'")
    .get();
  if (!table) return [];
  return (
    db.prepare("select distinct sha256 from case_evidence").all() as { sha256: string }[]
  ).map((r) => r.sha256);
}

/**
 * Puts a backup in place of the database. The server must be stopped: the backup is checked
 * first, then copied next to the database and renamed over it in one step; the old file's
 * -wal and -shm go with it (they belong to the old file).
 *
 * With `evidenceDir`, the backup's evidence folder replaces the evidence folder the same way
 * (copied beside it, then swapped by renames), after checking that it holds every file the
 * backup names: a database and its files come back together or not at all.
 */
export function restoreDatabase(backup: string, file: string, evidenceDir?: string): void {
  if (!existsSync(backup)) throw new Error(`no backup at ${backup}`);
  const problem = integrityProblem(backup);
  if (problem)
    throw new Error(`${backup} failed its integrity check (${problem}); nothing was changed`);
  // Everything is copied beside its place first (the slow part, where a full disk fails);
  // only then do renames put the evidence folder and the database in place, one after the other.
  const evidenceStaging = evidenceDir ? stageEvidence(backup, evidenceDir) : null;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const staging = `${file}.restoring`;
  try {
    copyFileSync(backup, staging);
  } catch (error) {
    if (evidenceStaging) rmSync(evidenceStaging, { recursive: true, force: true });
    rmSync(staging, { force: true });
    throw error;
  }
  if (evidenceDir && evidenceStaging) swapIn(evidenceStaging, evidenceDir);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  renameSync(staging, file);
  if (evidenceDir) rmSync(`${evidenceDir}.old`, { recursive: true, force: true });
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

/** Copies the backup's evidence beside `evidenceDir` after checking it is complete. */
function stageEvidence(backup: string, evidenceDir: string): string {
  const folder = evidenceFolderOf(backup);
  const db = new Database(backup, { readonly: true, fileMustExist: true });
  let digests: string[];
  try {
    digests = namedDigests(db);
  } finally {
    db.close();
  }
  const missing = digests.filter(
    (sha256) => !existsSync(path.join(folder, sha256.slice(0, 2), sha256)),
  );
  if (missing.length > 0)
    throw new Error(
      `${folder} lacks ${missing.length} of the ${digests.length} evidence files the backup names; nothing was changed`,
    );
  const staging = `${evidenceDir}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging, { recursive: true });
    for (const sha256 of digests) {
      const target = path.join(staging, sha256.slice(0, 2), sha256);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(folder, sha256.slice(0, 2), sha256), target);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return staging;
}

/** Two renames: the current folder aside (removed once the database is in place too), the new one in. */
function swapIn(staging: string, evidenceDir: string): void {
  const old = `${evidenceDir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(evidenceDir)) renameSync(evidenceDir, old);
  renameSync(staging, evidenceDir);
}

/** The files in an evidence folder (for tests and the restore's report). */
export function evidenceFilesIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => d.name)
        .sort()
    : [];
}
