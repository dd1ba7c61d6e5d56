import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { caseEvents, caseReplies } from "@/db/schema";
import { createFormCase, createUser, migratedDb } from "@/test/database";
import { pdf } from "@/test/evidence-files";
import { exportAccountData } from "./account";
import { deleteCase, getCase } from "./cases";
import { addEvidence, deleteEvidence, listEvidence } from "./evidence";
import { listReplies, recordReply } from "./replies";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

const today = "2026-11-25";
let db: ReturnType<typeof migratedDb>;
beforeAll(() => {
  db = migratedDb();
});

const sentCase = () => {
  const user = createUser(`r-${Math.random()}@example.test`);
  return { user, caseId: createFormCase(user, { submittedOn: "2026-11-10" }) };
};
const answer = {
  receivedOn: "2026-11-12" as const,
  channel: "email" as const,
  text: "Vi bekrefter oppsigelsen.",
};

describe("recordReply", () => {
  it("a confirmation confirms a sent case, with the answer's date and reference", () => {
    const { user, caseId } = sentCase();
    expect(
      recordReply(user, caseId, { ...answer, outcome: "confirmed", reference: "ABC-1" }, today),
    ).toEqual({ ok: true, moved: "confirmed" });
    expect(getCase(user, caseId)).toMatchObject({
      status: "confirmed",
      confirmedOn: "2026-11-12",
      confirmationReference: "ABC-1",
    });
    const kinds = db
      .select({ kind: caseEvents.kind, field: caseEvents.field })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, caseId))
      .all()
      .map((e) => `${e.kind}:${e.field}`);
    expect(kinds.slice(-4)).toEqual([
      "reply:confirmed",
      "status:status",
      "edited:confirmedOn",
      "edited:confirmationReference",
    ]);
    expect(listReplies(user, caseId)).toEqual([
      expect.objectContaining({ outcome: "confirmed", reference: "ABC-1", text: answer.text }),
    ]);
  });

  it("a refusal marks the case refused; something else only records the answer", () => {
    const refused = sentCase();
    expect(
      recordReply(refused.user, refused.caseId, { ...answer, outcome: "refused" }, today),
    ).toEqual({
      ok: true,
      moved: "rejected",
    });
    expect(getCase(refused.user, refused.caseId)!.status).toBe("rejected");
    const other = sentCase();
    expect(recordReply(other.user, other.caseId, { ...answer, outcome: "other" }, today)).toEqual({
      ok: true,
      moved: null,
    });
    expect(getCase(other.user, other.caseId)!.status).toBe("submitted");
  });

  it("records without a move when the status does not allow it (a refusal after a confirmation)", () => {
    const { user, caseId } = sentCase();
    recordReply(user, caseId, { ...answer, outcome: "confirmed" }, today);
    expect(recordReply(user, caseId, { ...answer, outcome: "refused" }, today)).toEqual({
      ok: true,
      moved: null,
    });
    expect(getCase(user, caseId)!.status).toBe("confirmed");
    expect(listReplies(user, caseId)).toHaveLength(2);
  });

  it("saves nothing when the move's dates do not fit: a confirmation before the cancellation went out", () => {
    const { user, caseId } = sentCase();
    const before = db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).all();
    expect(
      recordReply(
        user,
        caseId,
        { ...answer, receivedOn: "2026-11-01", outcome: "confirmed" },
        today,
      ),
    ).toEqual({
      ok: false,
      reason: "invalid",
      problems: [{ field: "receivedOn", code: "beforeSubmitted" }],
    });
    expect(listReplies(user, caseId)).toEqual([]);
    expect(db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).all()).toEqual(before);
  });

  it("points to one of the case's own files only; a deleted file leaves the answer", async () => {
    const { user, caseId } = sentCase();
    const other = sentCase();
    await addEvidence(other.user, other.caseId, [
      { field: "file-0", bytes: pdf, fileName: "x.pdf" },
    ]);
    const foreign = listEvidence(other.user, other.caseId)![0]!.id;
    expect(
      recordReply(user, caseId, { ...answer, outcome: "other", evidenceId: foreign }, today),
    ).toEqual({
      ok: false,
      reason: "invalid",
      problems: [{ field: "evidenceId", code: "invalidChoice" }],
    });

    await addEvidence(user, caseId, [{ field: "file-0", bytes: pdf, fileName: "svar.pdf" }]);
    const own = listEvidence(user, caseId)![0]!.id;
    recordReply(user, caseId, { ...answer, outcome: "other", evidenceId: own }, today);
    expect(listReplies(user, caseId)![0]).toMatchObject({
      evidenceId: own,
      evidenceName: "svar.pdf",
    });
    deleteEvidence(user, caseId, own);
    expect(listReplies(user, caseId)![0]).toMatchObject({ evidenceId: null, evidenceName: null });
  });

  it("goes with the case, and is in the data export", () => {
    const { user, caseId } = sentCase();
    recordReply(user, caseId, { ...answer, outcome: "other" }, today);
    expect(exportAccountData(user)!.cases[0]!.replies).toEqual([
      expect.objectContaining({ channel: "email", outcome: "other", text: answer.text }),
    ]);
    deleteCase(user, caseId);
    expect(db.select().from(caseReplies).where(eq(caseReplies.caseId, caseId)).all()).toEqual([]);
  });
});
