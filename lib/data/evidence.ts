import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { EvidenceMediaType } from "@/core/vocabulary";
import { getDb, immediate } from "@/db/client";
import { caseEvidence, cases } from "@/db/schema";
import { nowIso } from "@/lib/clock";
import { evidenceFileName } from "@/lib/evidence/file-name";
import { evidenceLimits } from "@/lib/evidence/limits";
import { prepareEvidence, type EvidenceProblem } from "@/lib/evidence/prepare";
import {
  commit,
  discard,
  evidencePath,
  stage,
  StorageError,
  type Staged,
} from "@/lib/evidence/store";
import type { IsoDate } from "@/lib/tracker/dates";
import { logEvent, ownedCase, type Db, type Tx } from "./case-writes";
import { bytesOfUser, evidenceDtoColumns, releaseFiles } from "./evidence-files";
import type { EvidenceDto } from "./dto";

// Evidence on a case (screenshots, PDFs, e-mails): the rows here, the bytes in the evidence
// folder (lib/evidence/store.ts). Like the rest of the data layer, every function takes the
// signed-in user's id and treats someone else's case or file as one that does not exist.

export type EvidenceUpload = {
  /** The form field the file came in, so a problem is shown next to it. */
  field: string;
  bytes: Uint8Array;
  fileName: string;
  caption?: string;
  shownOn?: IsoDate;
};

export type AddEvidenceResult =
  | { ok: true; added: number; alreadyThere: number }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "invalid"; problems: { field: string; problem: EvidenceProblem }[] }
  | { ok: false; reason: "limit"; limit: "filesPerCase" | "accountBytes" }
  | { ok: false; reason: "storage"; storage: StorageError["reason"] };

/**
 * Adds the files of one upload to a case: all of them or none. Each is checked and prepared first
 * (type from its bytes, images re-encoded); then all are written to temporary files; then, in one
 * synchronous step, renamed under their names and inserted with a timeline event in one
 * transaction. A failure at any step removes what that upload wrote, so there is never a row
 * without its file or a file without its row. A file already on the case (a double submit) is
 * not added twice.
 */
export async function addEvidence(
  userId: string,
  caseId: string,
  uploads: EvidenceUpload[],
): Promise<AddEvidenceResult> {
  const db = getDb();
  if (!ownedCase(db, userId, caseId)) return { ok: false, reason: "not-found" };
  // Before any decoding: an upload that cannot fit is refused without spending a core on it.
  const cannotFit = limitPassed(
    db,
    userId,
    caseId,
    uploads.map(() => ({ bytes: new Uint8Array() })),
  );
  if (cannotFit) return { ok: false, reason: "limit", limit: cannotFit };
  const prepared: (EvidenceUpload & { bytes: Uint8Array; mediaType: EvidenceMediaType })[] = [];
  const problems: { field: string; problem: EvidenceProblem }[] = [];
  for (const upload of uploads) {
    const result = await prepareEvidence(upload.bytes);
    if (result.ok) prepared.push({ ...upload, ...result });
    else problems.push({ field: upload.field, problem: result.problem });
  }
  if (problems.length > 0) return { ok: false, reason: "invalid", problems };
  const overLimit = limitPassed(db, userId, caseId, prepared);
  if (overLimit) return { ok: false, reason: "limit", limit: overLimit };

  const staged: Staged[] = [];
  try {
    for (const file of prepared) staged.push(await stage(file.bytes));
  } catch (error) {
    discard(staged);
    if (error instanceof StorageError)
      return { ok: false, reason: "storage", storage: error.reason };
    throw error;
  }

  // From here to the end: synchronous (see lib/evidence/store.ts, commit), and the rename happens
  // inside an IMMEDIATE transaction: it holds SQLite's write lock, so a delete in another process
  // cannot check "no row names this file" between the rename and the insert.
  try {
    return db.transaction((tx): AddEvidenceResult => {
      commit(staged);
      if (!ownedCase(tx, userId, caseId)) return { ok: false, reason: "not-found" };
      const limit = limitPassed(tx, userId, caseId, prepared);
      if (limit) return { ok: false, reason: "limit", limit };
      const addedAt = nowIso();
      const names: string[] = [];
      for (const [i, file] of prepared.entries()) {
        const sha256 = staged[i]!.sha256;
        const there = tx
          .select({ id: caseEvidence.id })
          .from(caseEvidence)
          .where(and(eq(caseEvidence.caseId, caseId), eq(caseEvidence.sha256, sha256)))
          .get();
        if (there) continue;
        tx.insert(caseEvidence)
          .values({
            caseId,
            userId,
            sha256,
            mediaType: file.mediaType,
            bytes: file.bytes.byteLength,
            fileName: evidenceFileName(file.fileName, file.mediaType),
            caption: file.caption ?? null,
            shownOn: file.shownOn ?? null,
            addedAt,
          })
          .run();
        names.push(evidenceFileName(file.fileName, file.mediaType));
      }
      if (names.length > 0) logEvent(tx, caseId, "evidence", "added", null, names.join(" · "));
      return { ok: true, added: names.length, alreadyThere: prepared.length - names.length };
    }, immediate);
  } catch (error) {
    discard(staged);
    // A rename can still fail for want of space (a new folder, the directory's own blocks).
    if (/^(ENOSPC|EDQUOT|SQLITE_FULL)$/.test(String((error as { code?: unknown }).code)))
      return { ok: false, reason: "storage", storage: "diskFull" };
    throw error;
  } finally {
    // Whatever the outcome, a file this upload put in place that no row names is removed.
    releaseFiles(
      db,
      staged.map((s) => s.sha256),
    );
  }
}

/** The first limit these files would pass, if any (checked again inside the transaction). */
function limitPassed(
  db: Db | Tx,
  userId: string,
  caseId: string,
  files: { bytes: Uint8Array }[],
): "filesPerCase" | "accountBytes" | null {
  const onCase = db
    .select({ n: count() })
    .from(caseEvidence)
    .where(eq(caseEvidence.caseId, caseId))
    .get()!.n;
  if (onCase + files.length > evidenceLimits.filesPerCase) return "filesPerCase";
  const used = bytesOfUser(db, userId);
  const adding = files.reduce((total, f) => total + f.bytes.byteLength, 0);
  return used + adding > evidenceLimits.accountBytes ? "accountBytes" : null;
}

/** The case's evidence in the order it was added; null: not the user's case. */
export function listEvidence(userId: string, caseId: string): EvidenceDto[] | null {
  const db = getDb();
  if (!ownedCase(db, userId, caseId)) return null;
  return db
    .select(evidenceDtoColumns)
    .from(caseEvidence)
    .where(eq(caseEvidence.caseId, caseId))
    .orderBy(asc(caseEvidence.addedAt), asc(sql`rowid`))
    .all();
}

/** How much the case and the account hold, for the form's "12 of 30 files" line. */
export function evidenceUsage(
  userId: string,
  caseId: string,
): { caseFiles: number; accountBytes: number } | null {
  const db = getDb();
  if (!ownedCase(db, userId, caseId)) return null;
  const caseFiles = db
    .select({ n: count() })
    .from(caseEvidence)
    .where(eq(caseEvidence.caseId, caseId))
    .get()!.n;
  return { caseFiles, accountBytes: bytesOfUser(db, userId) };
}

/** One file of the user's own case, with where its bytes are; null for anyone else's or none. */
export function evidenceFile(
  userId: string,
  evidenceId: string,
): { evidence: EvidenceDto; caseId: string; path: string } | null {
  const row = getDb()
    .select({ ...evidenceDtoColumns, caseId: caseEvidence.caseId, sha256: caseEvidence.sha256 })
    .from(caseEvidence)
    .innerJoin(cases, eq(cases.id, caseEvidence.caseId))
    .where(and(eq(caseEvidence.id, evidenceId), eq(cases.userId, userId)))
    .get();
  if (!row) return null;
  const { caseId, sha256, ...evidence } = row;
  return { evidence, caseId, path: evidencePath(sha256) };
}

/** Every file of the user's case with where its bytes are (for the case's zip); null if not theirs. */
export function evidenceFilesOfCase(
  userId: string,
  caseId: string,
): { evidence: EvidenceDto; path: string }[] | null {
  const db = getDb();
  if (!ownedCase(db, userId, caseId)) return null;
  return db
    .select({ ...evidenceDtoColumns, sha256: caseEvidence.sha256 })
    .from(caseEvidence)
    .where(eq(caseEvidence.caseId, caseId))
    .orderBy(asc(caseEvidence.addedAt), asc(sql`rowid`))
    .all()
    .map(({ sha256, ...evidence }) => ({ evidence, path: evidencePath(sha256) }));
}

/** Removes one file from the user's case (its bytes too, unless another row names them). */
export function deleteEvidence(userId: string, caseId: string, evidenceId: string): boolean {
  const db = getDb();
  const removed = db.transaction((tx) => {
    if (!ownedCase(tx, userId, caseId)) return null;
    const row = tx
      .delete(caseEvidence)
      .where(and(eq(caseEvidence.id, evidenceId), eq(caseEvidence.caseId, caseId)))
      .returning({ sha256: caseEvidence.sha256, fileName: caseEvidence.fileName })
      .get();
    if (row) logEvent(tx, caseId, "evidence", "removed", row.fileName, null);
    return row ?? null;
  });
  if (!removed) return false;
  releaseFiles(db, [removed.sha256]);
  return true;
}
