import "server-only";
import { eq, inArray, sum, type SQL } from "drizzle-orm";
import { immediate } from "@/db/client";
import { caseEvidence } from "@/db/schema";
import { reconcile, removeUnreferenced } from "@/lib/evidence/store";
import type { Db, Tx } from "./case-writes";

// The link between evidence rows and stored files, for the deletes that remove rows by cascade
// (a case, an account): read the digests first, delete, then remove the files no row names any
// more. All synchronous, so no upload can slip in between (lib/evidence/store.ts, commit).

/** What pages and the data export see of an evidence row (never its digest). */
export const evidenceDtoColumns = {
  id: caseEvidence.id,
  fileName: caseEvidence.fileName,
  mediaType: caseEvidence.mediaType,
  bytes: caseEvidence.bytes,
  caption: caseEvidence.caption,
  shownOn: caseEvidence.shownOn,
  addedAt: caseEvidence.addedAt,
};

/** The bytes of evidence an account holds (for its limit). */
export function bytesOfUser(db: Db | Tx, userId: string): number {
  return Number(
    db
      .select({ bytes: sum(caseEvidence.bytes) })
      .from(caseEvidence)
      .where(eq(caseEvidence.userId, userId))
      .get()?.bytes ?? 0,
  );
}

/** The digests of the evidence rows matching `where`. */
export function digestsWhere(db: Db | Tx, where: SQL): string[] {
  return db
    .selectDistinct({ sha256: caseEvidence.sha256 })
    .from(caseEvidence)
    .where(where)
    .all()
    .map((r) => r.sha256);
}

export const digestsOfCase = (db: Db | Tx, caseId: string) =>
  digestsWhere(db, eq(caseEvidence.caseId, caseId));
export const digestsOfUser = (db: Db | Tx, userId: string) =>
  digestsWhere(db, eq(caseEvidence.userId, userId));

/**
 * Removes the stored files of `digests` that no evidence row names any more. The check and the
 * unlink run under the write lock (an IMMEDIATE transaction), so an upload of the same bytes in
 * another process cannot insert its row in between.
 */
export function releaseFiles(db: Db, digests: string[]): void {
  if (digests.length === 0) return;
  db.transaction((tx) => {
    const stillNamed = new Set(digestsWhere(tx, inArray(caseEvidence.sha256, digests)));
    removeUnreferenced(digests, (sha256) => stillNamed.has(sha256));
  }, immediate);
}

/**
 * Start-up: the evidence folder agrees with the rows. Unfinished uploads and files no row names
 * are deleted once they are an hour old (another server process on the same folder may be in
 * the middle of writing or committing them); rows whose file is missing (a folder restored without its database, a disk
 * error) are counted for the log: they stay, and their download answers 404 "file missing".
 */
export function reconcileEvidence(db: Db, olderThanMs?: number) {
  const referenced = new Set(
    db
      .selectDistinct({ sha256: caseEvidence.sha256 })
      .from(caseEvidence)
      .all()
      .map((r) => r.sha256),
  );
  const found = reconcile(referenced, olderThanMs);
  return { temporary: found.temporary, orphans: found.orphans, missing: found.missing.length };
}
