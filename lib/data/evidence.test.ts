import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { caseEvents, caseEvidence } from "@/db/schema";
import { evidenceLimits } from "@/lib/evidence/limits";
import { evidenceDir, evidencePath } from "@/lib/evidence/store";
import { createFormCase, createUser, migratedDb } from "@/test/database";
import { eml, htmlAsPng, pdf, pdfTagged, png } from "@/test/evidence-files";
import { deleteAccount, exportAccountData } from "./account";
import { deleteCase } from "./cases";
import {
  addEvidence,
  deleteEvidence,
  evidenceFile,
  evidenceFilesOfCase,
  evidenceUsage,
  listEvidence,
} from "./evidence";
import { reconcileEvidence } from "./evidence-files";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

let db: ReturnType<typeof migratedDb>;
beforeAll(() => {
  db = migratedDb();
});

const newCase = (user = createUser(`u-${Math.random()}@example.test`)) => ({
  user,
  caseId: createFormCase(user, { submittedOn: "2026-11-10" }),
});
const upload = (field: string, bytes: Uint8Array, fileName = `${field}.bin`) => ({
  field,
  bytes,
  fileName,
});
/** Every file in the evidence folder, temporary ones included. */
const storedFiles = () =>
  existsSync(evidenceDir())
    ? readdirSync(evidenceDir(), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => path.join(d.parentPath, d.name))
    : [];
const rowsOf = (caseId: string) =>
  db.select().from(caseEvidence).where(eq(caseEvidence.caseId, caseId)).all();

describe("addEvidence", () => {
  it("stores each file under its digest, lists it, and logs one timeline event", async () => {
    const { user, caseId } = newCase();
    const shot = await png(50, 20, 10);
    const result = await addEvidence(user, caseId, [
      { ...upload("file-0", shot, "chat.png"), caption: "Agent says done", shownOn: "2026-11-12" },
      upload("file-1", pdf, "invoice.pdf"),
    ]);
    expect(result).toEqual({ ok: true, added: 2, alreadyThere: 0 });
    const listed = listEvidence(user, caseId)!;
    expect(listed.map((e) => [e.fileName, e.mediaType, e.caption, e.shownOn])).toEqual([
      ["chat.png", "image/png", "Agent says done", "2026-11-12"],
      ["invoice.pdf", "application/pdf", null, null],
    ]);
    const [row] = rowsOf(caseId);
    expect(readFileSync(evidencePath(row!.sha256)).byteLength).toBe(row!.bytes);
    expect(readFileSync(evidenceFile(user, listed[1]!.id)!.path)).toEqual(pdf);
    const events = db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).all();
    expect(events.at(-1)).toMatchObject({
      kind: "evidence",
      field: "added",
      toValue: "chat.png · invoice.pdf",
    });
    expect(evidenceUsage(user, caseId)).toEqual({
      caseFiles: 2,
      accountBytes: row!.bytes + pdf.byteLength,
    });
  });

  it("adds nothing at all when one file of the upload is refused, and says which", async () => {
    const { user, caseId } = newCase();
    const before = storedFiles();
    const result = await addEvidence(user, caseId, [
      upload("file-0", await png(9, 9, 99)),
      upload("file-1", htmlAsPng, "evil.png"),
    ]);
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      problems: [{ field: "file-1", problem: "typeNotAllowed" }],
    });
    expect(rowsOf(caseId)).toEqual([]);
    expect(storedFiles()).toEqual(before);
  });

  it("does not add the same file twice to a case (a double submit), and two tabs at once add both", async () => {
    const { user, caseId } = newCase();
    const [first, second] = await Promise.all([
      addEvidence(user, caseId, [upload("file-0", eml, "reply.eml")]),
      addEvidence(user, caseId, [upload("file-0", eml, "reply.eml")]),
    ]);
    expect([first, second]).toContainEqual({ ok: true, added: 1, alreadyThere: 0 });
    expect([first, second]).toContainEqual({ ok: true, added: 0, alreadyThere: 1 });
    const [a, b] = await Promise.all([
      addEvidence(user, caseId, [upload("file-0", await png(3, 3, 1))]),
      addEvidence(user, caseId, [upload("file-0", await png(3, 3, 2))]),
    ]);
    expect([a, b]).toEqual([
      { ok: true, added: 1, alreadyThere: 0 },
      { ok: true, added: 1, alreadyThere: 0 },
    ]);
    expect(rowsOf(caseId)).toHaveLength(3);
  });

  it("keeps the files-per-case limit even when two uploads race for the last place", async () => {
    const { user, caseId } = newCase();
    for (let i = 0; i < evidenceLimits.filesPerCase - 1; i++)
      db.insert(caseEvidence)
        .values({
          caseId,
          userId: user,
          sha256: "0".repeat(63) + "1",
          mediaType: "application/pdf",
          bytes: 1,
          fileName: `old-${i}.pdf`,
          addedAt: "2026-11-01T00:00:00Z",
        })
        .run();
    const before = storedFiles();
    const results = await Promise.all([
      addEvidence(user, caseId, [upload("file-0", await png(4, 4, 10))]),
      addEvidence(user, caseId, [upload("file-0", await png(4, 4, 20))]),
    ]);
    expect(results).toContainEqual({ ok: true, added: 1, alreadyThere: 0 });
    expect(results).toContainEqual({ ok: false, reason: "limit", limit: "filesPerCase" });
    expect(rowsOf(caseId)).toHaveLength(evidenceLimits.filesPerCase);
    expect(storedFiles()).toHaveLength(before.length + 1); // the loser's file is gone
  });

  it("keeps the account's byte limit", async () => {
    const { user, caseId } = newCase();
    db.insert(caseEvidence)
      .values({
        caseId,
        userId: user,
        sha256: "0".repeat(63) + "2",
        mediaType: "application/pdf",
        bytes: evidenceLimits.accountBytes - 10,
        fileName: "huge.pdf",
        addedAt: "2026-11-01T00:00:00Z",
      })
      .run();
    expect(await addEvidence(user, caseId, [upload("file-0", pdf)])).toEqual({
      ok: false,
      reason: "limit",
      limit: "accountBytes",
    });
  });
});

describe("deleting evidence removes its bytes, unless another row still names them", () => {
  it("deleteEvidence, deleteCase and deleteAccount", async () => {
    const alice = newCase();
    const other = newCase(alice.user);
    const shared = await png(7, 7, 77);
    await addEvidence(alice.user, alice.caseId, [
      upload("file-0", shared),
      upload("file-1", pdfTagged("delete")),
    ]);
    await addEvidence(alice.user, other.caseId, [upload("file-0", shared)]);
    const [sharedRow, pdfRow] = rowsOf(alice.caseId);
    const sharedFile = evidencePath(sharedRow!.sha256);

    expect(deleteEvidence(alice.user, alice.caseId, pdfRow!.id)).toBe(true);
    expect(existsSync(evidencePath(pdfRow!.sha256))).toBe(false);
    expect(listEvidence(alice.user, alice.caseId)).toHaveLength(1);

    expect(deleteCase(alice.user, alice.caseId)).toBe(true);
    expect(existsSync(sharedFile)).toBe(true); // the other case still shows it
    expect(deleteAccount(alice.user)).toBe(true);
    expect(existsSync(sharedFile)).toBe(false);
  });
});

describe("export and start-up", () => {
  it("the JSON export lists each file's metadata and where its zip is", async () => {
    const { user, caseId } = newCase();
    await addEvidence(user, caseId, [
      { ...upload("file-0", pdf, "bill.pdf"), caption: "Nov bill" },
    ]);
    const exported = exportAccountData(user)!.cases[0]!.evidence;
    expect(exported).toEqual([
      expect.objectContaining({
        fileName: "bill.pdf",
        mediaType: "application/pdf",
        caption: "Nov bill",
        zip: `/api/cases/${caseId}/evidence.zip`,
      }),
    ]);
    expect(JSON.stringify(exported)).not.toMatch(/sha256|[0-9a-f]{64}/);
    expect(evidenceFilesOfCase(user, caseId)).toHaveLength(1);
  });

  it("reconcileEvidence deletes unfinished uploads and files no row names, and counts missing ones", async () => {
    const { user, caseId } = newCase();
    await addEvidence(user, caseId, [upload("file-0", await png(5, 5, 55))]);
    mkdirSync(path.join(evidenceDir(), "tmp"), { recursive: true });
    writeFileSync(path.join(evidenceDir(), "tmp", "crashed.part"), "half");
    const orphan = evidencePath("f".repeat(64));
    mkdirSync(path.dirname(orphan), { recursive: true });
    writeFileSync(orphan, "no row names me");
    expect(reconcileEvidence(db)).toMatchObject({ temporary: 0, orphans: 0 }); // too young: kept
    const result = reconcileEvidence(db, 0);
    expect(result.temporary).toBe(1);
    expect(result.orphans).toBe(1);
    expect(result.missing).toBe(2); // the rows inserted by hand above name no file
    expect(existsSync(orphan)).toBe(false);
    expect(listEvidence(user, caseId)).toHaveLength(1);
    expect(existsSync(evidenceFile(user, listEvidence(user, caseId)![0]!.id)!.path)).toBe(true);
  });
});
