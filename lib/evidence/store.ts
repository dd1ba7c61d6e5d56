import { createHash, randomUUID } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statfsSync,
} from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { env } from "@/core/env";

// The evidence folder: every file named by the SHA-256 of its bytes (`ab/abcdef…`), so a path
// says nothing about its owner or case and the same bytes are kept once. Files reach their name
// only complete: written to `tmp/`, flushed, then renamed (one atomic step on one file system).
// Nothing here knows about users: lib/data/evidence.ts decides who may read what.

export function evidenceDir(): string {
  return path.resolve(env.EVIDENCE_DIR ?? path.join(path.dirname(env.DATABASE_PATH), "evidence"));
}

const isSha256 = (value: string) => /^[0-9a-f]{64}$/.test(value);

export function evidencePath(sha256: string, dir = evidenceDir()): string {
  if (!isSha256(sha256)) throw new Error("not a SHA-256 hex digest");
  return path.join(dir, sha256.slice(0, 2), sha256);
}

/** A file written and flushed under `tmp/`, not yet under its name. */
export type Staged = { sha256: string; temp: string; bytes: number };

/** Why a write failed, for the form: the disk is full, or something else went wrong. */
export class StorageError extends Error {
  constructor(readonly reason: "diskFull" | "failed") {
    super(`evidence storage: ${reason}`);
    this.name = "StorageError";
  }
}

const fullDisk = new Set(["ENOSPC", "EDQUOT", "EFBIG"]);

/**
 * Writes `bytes` to a temporary file and flushes it; on any failure nothing is left behind. A
 * write that would leave less than `minFreeBytes` on the disk is refused as a full disk: the
 * database usually shares it and needs room for every session, case and reminder.
 */
export async function stage(
  bytes: Uint8Array,
  dir = evidenceDir(),
  minFreeBytes = env.EVIDENCE_MIN_FREE_MB * 1024 * 1024,
): Promise<Staged> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const temp = path.join(dir, "tmp", `${randomUUID()}.part`);
  try {
    mkdirSync(path.dirname(temp), { recursive: true });
    const disk = statfsSync(dir);
    if (disk.bavail * disk.bsize - bytes.byteLength < minFreeBytes)
      throw Object.assign(new Error("below the free-space reserve"), { code: "ENOSPC" });
    const handle = await open(temp, "wx", 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as { code?: string }).code ?? "";
    throw new StorageError(fullDisk.has(code) ? "diskFull" : "failed");
  }
  return { sha256, temp, bytes: bytes.byteLength };
}

/**
 * Moves staged files under their names. Synchronous on purpose: the caller inserts the rows in
 * the same turn of the event loop, so no other request can delete an unreferenced file between
 * the rename and the insert. The same bytes already stored are simply kept.
 */
export function commit(files: Staged[], dir = evidenceDir()): void {
  for (const file of files) {
    const target = evidencePath(file.sha256, dir);
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(file.temp, target);
    syncDirectory(path.dirname(target));
  }
}

export function discard(files: Staged[]): void {
  for (const file of files) rmSync(file.temp, { force: true });
}

/** Removes the stored files of these digests that no row names any more. Synchronous (see commit). */
export function removeUnreferenced(
  digests: Iterable<string>,
  isReferenced: (sha256: string) => boolean,
  dir = evidenceDir(),
): number {
  let removed = 0;
  for (const sha256 of new Set(digests)) {
    if (isReferenced(sha256)) continue;
    const file = evidencePath(sha256, dir);
    if (existsSync(file)) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * Start-up housekeeping: unfinished uploads in `tmp/` (a crash between write and rename) and
 * files no row names (a crash between rename and insert, or a restore) are deleted, once older
 * than `olderThanMs` (another process may be writing a younger one). Returns what it found, and
 * the digests rows name whose file is missing, for the log. Anything else in the folder (a
 * link, a stray folder) is left alone.
 */
export function reconcile(
  referenced: Set<string>,
  olderThanMs = 60 * 60 * 1000,
  dir = evidenceDir(),
): { temporary: number; orphans: number; missing: string[] } {
  let temporary = 0;
  let orphans = 0;
  const present = new Set<string>();
  const cutoff = Date.now() - olderThanMs;
  const old = (file: string) => lstatSync(file).mtimeMs <= cutoff;
  if (existsSync(dir)) {
    for (const entry of readdirSync(dir)) {
      const sub = path.join(dir, entry);
      if (!lstatSync(sub).isDirectory()) continue;
      for (const name of readdirSync(sub)) {
        const file = path.join(sub, name);
        if (!lstatSync(file).isFile()) continue;
        if (entry === "tmp") {
          if (old(file)) {
            rmSync(file, { force: true });
            temporary++;
          }
        } else if (isSha256(name) && referenced.has(name)) present.add(name);
        else if (isSha256(name) && old(file)) {
          rmSync(file, { force: true });
          orphans++;
        }
      }
    }
  }
  return { temporary, orphans, missing: [...referenced].filter((d) => !present.has(d)) };
}

/** A rename is durable only once its directory is flushed (ext4 and others). */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself has happened.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
