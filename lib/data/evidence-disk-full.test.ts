import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stage } from "@/lib/evidence/store";
import { createFormCase, createUser, migratedDb } from "@/test/database";
import { pdfTagged } from "@/test/evidence-files";
import { addEvidence, listEvidence } from "./evidence";

// A real full disk: the evidence folder is a 256 KiB tmpfs (this test runs as root, like CI;
// mounting fails the test rather than skipping it).
const mountPoint = await vi.hoisted(async () => {
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(`${tmpdir()}/si-opp-full-`);
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", dir]);
  process.env.EVIDENCE_DIR = dir;
  process.env.EVIDENCE_MIN_FREE_MB = "0"; // the disk itself runs out here, not the reserve
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
  return dir;
});

afterAll(async () => {
  const { execFileSync } = await import("node:child_process");
  execFileSync("umount", [mountPoint]);
});

const padded = (tag: string, bytes: number) =>
  Buffer.concat([pdfTagged(tag), Buffer.alloc(bytes, 0x20)]);

let user: string;
let caseId: string;
beforeAll(() => {
  migratedDb();
  user = createUser("full@example.test");
  caseId = createFormCase(user);
});

describe("a full disk", () => {
  it("refuses a write that would leave less than the free-space reserve, as a full disk", async () => {
    await expect(stage(padded("reserve", 10), mountPoint, 1024 * 1024)).rejects.toMatchObject({
      reason: "diskFull",
    });
    expect(readdirSync(`${mountPoint}/tmp`)).toEqual([]);
  });

  it("answers diskFull and leaves no row and no partial file; the next upload that fits works", async () => {
    const first = await addEvidence(user, caseId, [
      { field: "file-0", bytes: padded("fits", 150_000), fileName: "fits.pdf" },
    ]);
    expect(first).toEqual({ ok: true, added: 1, alreadyThere: 0 });

    const full = await addEvidence(user, caseId, [
      { field: "file-0", bytes: padded("small", 1_000), fileName: "small.pdf" },
      { field: "file-1", bytes: padded("too-big", 200_000), fileName: "too-big.pdf" },
    ]);
    expect(full).toEqual({ ok: false, reason: "storage", storage: "diskFull" });
    expect(listEvidence(user, caseId)!.map((e) => e.fileName)).toEqual(["fits.pdf"]);
    expect(readdirSync(`${mountPoint}/tmp`)).toEqual([]); // the small one was staged, then removed
    const stored = readdirSync(mountPoint, { recursive: true, withFileTypes: true }).filter((d) =>
      d.isFile(),
    );
    expect(stored).toHaveLength(1);

    const after = await addEvidence(user, caseId, [
      { field: "file-0", bytes: padded("small", 1_000), fileName: "small.pdf" },
    ]);
    expect(after).toEqual({ ok: true, added: 1, alreadyThere: 0 });
  });
});
