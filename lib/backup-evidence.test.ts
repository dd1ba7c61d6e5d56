import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { env } from "@/core/env";
import { addEvidence, evidenceFile, listEvidence } from "@/lib/data/evidence";
import { evidenceDir } from "@/lib/evidence/store";
import { createFormCase, createUser, migratedDb } from "@/test/database";
import { pdfTagged, png } from "@/test/evidence-files";
import { backupDatabase, evidenceFilesIn, evidenceFolderOf, restoreDatabase } from "./backup";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

let user: string;
let caseId: string;
beforeAll(async () => {
  migratedDb();
  user = createUser("backup@example.test");
  caseId = createFormCase(user);
  await addEvidence(user, caseId, [
    { field: "file-0", bytes: await png(8, 8, 8), fileName: "chat.png" },
    { field: "file-1", bytes: pdfTagged("bill"), fileName: "bill.pdf" },
  ]);
});

const rows = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("select file_name, sha256 from case_evidence order by file_name").all() as {
      file_name: string;
      sha256: string;
    }[];
  } finally {
    db.close();
  }
};

describe("backups carry the evidence files, and a restore brings both back together", () => {
  it("backs up the files beside the database and restores them into an empty place", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "si-opp-backup-evidence-"));
    const backup = await backupDatabase(env.DATABASE_PATH, dir, new Date(), evidenceDir());
    const named = rows(backup).map((r) => r.sha256);
    expect(evidenceFilesIn(evidenceFolderOf(backup))).toEqual([...named].sort());

    const target = path.join(dir, "restored", "app.db");
    const targetEvidence = path.join(dir, "restored", "evidence");
    restoreDatabase(backup, target, targetEvidence);
    expect(rows(target)).toEqual(rows(env.DATABASE_PATH));
    for (const { sha256 } of rows(target)) {
      const restored = path.join(targetEvidence, sha256.slice(0, 2), sha256);
      const live = path.join(evidenceDir(), sha256.slice(0, 2), sha256);
      expect(readFileSync(restored)).toEqual(readFileSync(live));
    }
  });

  it("drops from the backup a row whose file vanished before it was copied", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "si-opp-backup-evidence-"));
    const vanished = evidenceFile(user, listEvidence(user, caseId)![1]!.id)!.path;
    const kept = readFileSync(vanished);
    rmSync(vanished);
    try {
      const backup = await backupDatabase(env.DATABASE_PATH, dir, new Date(), evidenceDir());
      expect(rows(backup).map((r) => r.file_name)).toEqual(["chat.png"]);
      expect(evidenceFilesIn(evidenceFolderOf(backup))).toHaveLength(1);
    } finally {
      const { writeFileSync } = await import("node:fs");
      writeFileSync(vanished, kept);
    }
  });

  it("refuses a backup whose evidence folder lacks a file, and changes nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "si-opp-backup-evidence-"));
    const backup = await backupDatabase(env.DATABASE_PATH, dir, new Date(), evidenceDir());
    const [first] = rows(backup);
    rmSync(path.join(evidenceFolderOf(backup), first!.sha256.slice(0, 2), first!.sha256));
    const target = path.join(dir, "other", "app.db");
    const targetEvidence = path.join(dir, "other", "evidence");
    expect(() => restoreDatabase(backup, target, targetEvidence)).toThrow(
      /lacks 1 of the 2 evidence files/,
    );
    expect(existsSync(target)).toBe(false);
    expect(existsSync(targetEvidence)).toBe(false);
  });
});
