import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { ReplyChannel, ReplyOutcome } from "@/core/vocabulary";
import { getDb } from "@/db/client";
import { caseEvidence, caseReplies } from "@/db/schema";
import { nowIso } from "@/lib/clock";
import type { DateProblem } from "@/lib/tracker/case-dates";
import type { IsoDate } from "@/lib/tracker/dates";
import { canTransition, type Status } from "@/lib/tracker/status";
import { logEvent, ownedCase } from "./case-writes";
import { moveStatus, type StatusChangeResult } from "./cases";
import type { ReplyDto } from "./dto";

// The operator's answers on a case. Like the rest of the data layer, every function takes the
// signed-in user's id and treats another user's case as one that does not exist.

/** An answer as the reply form gives it (lib/validation/reply.ts). */
export type ReplyRecord = {
  receivedOn: IsoDate;
  channel: ReplyChannel;
  outcome: ReplyOutcome;
  reference?: string;
  text?: string;
  evidenceId?: string;
};

export type RecordReplyResult =
  | { ok: true; moved: Status | null }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "invalid"; problems: { field: keyof ReplyRecord; code: string }[] };

/** What an answer does to the case: a confirmation confirms it, a refusal marks it refused. */
const moveFor = { confirmed: "confirmed", refused: "rejected", other: null } as const;

/** Thrown to undo the reply's insert when the status move it implies is refused. */
class MoveRefused extends Error {
  constructor(readonly problems: DateProblem[]) {
    super("the reply's status move was refused");
  }
}

/**
 * Records an answer, with its timeline event, and moves the case as the answer says when the
 * case's status allows that move (a confirmation of a case already confirmed or completed, or
 * a refusal after a confirmation, is recorded without a move). All in one transaction: a move
 * whose dates do not fit (a confirmation dated before the cancellation went out) saves nothing.
 */
export function recordReply(
  userId: string,
  caseId: string,
  input: ReplyRecord,
  today: IsoDate,
): RecordReplyResult {
  try {
    return getDb().transaction((tx): RecordReplyResult => {
      const before = ownedCase(tx, userId, caseId);
      if (!before) return { ok: false, reason: "not-found" };
      if (
        input.evidenceId &&
        !tx
          .select({ id: caseEvidence.id })
          .from(caseEvidence)
          .where(and(eq(caseEvidence.id, input.evidenceId), eq(caseEvidence.caseId, caseId)))
          .get()
      )
        return {
          ok: false,
          reason: "invalid",
          problems: [{ field: "evidenceId", code: "invalidChoice" }],
        };
      tx.insert(caseReplies)
        .values({
          caseId,
          receivedOn: input.receivedOn,
          channel: input.channel,
          outcome: input.outcome,
          reference: input.reference ?? null,
          text: input.text ?? null,
          evidenceId: input.evidenceId ?? null,
          recordedAt: nowIso(),
        })
        .run();
      logEvent(tx, caseId, "reply", input.outcome, input.channel, input.receivedOn);
      const to = moveFor[input.outcome];
      if (!to || !canTransition(before.status, to)) return { ok: true, moved: null };
      const moved: StatusChangeResult = moveStatus(
        tx,
        userId,
        ownedCase(tx, userId, caseId)!,
        {
          to,
          confirmedOn: input.receivedOn,
          confirmationReference: input.reference,
          acknowledged: false,
        },
        today,
      );
      if (!moved.ok) throw new MoveRefused(moved.reason === "invalid" ? moved.problems : []);
      return { ok: true, moved: to };
    });
  } catch (error) {
    if (!(error instanceof MoveRefused)) throw error;
    // The answer's date is the confirmation's date: its problems belong next to that field.
    const problems = error.problems.map((p) => ({ field: "receivedOn" as const, code: p.code }));
    return {
      ok: false,
      reason: "invalid",
      problems: problems.length ? problems : [{ field: "outcome", code: "invalid" }],
    };
  }
}

/** The case's recorded answers, oldest first, with the name of the file each points to. */
export function listReplies(userId: string, caseId: string): ReplyDto[] | null {
  const db = getDb();
  if (!ownedCase(db, userId, caseId)) return null;
  return db
    .select({
      id: caseReplies.id,
      receivedOn: caseReplies.receivedOn,
      channel: caseReplies.channel,
      outcome: caseReplies.outcome,
      reference: caseReplies.reference,
      text: caseReplies.text,
      evidenceId: caseReplies.evidenceId,
      evidenceName: sql<string | null>`coalesce(${caseEvidence.caption}, ${caseEvidence.fileName})`,
    })
    .from(caseReplies)
    .leftJoin(caseEvidence, eq(caseEvidence.id, caseReplies.evidenceId))
    .where(eq(caseReplies.caseId, caseId))
    .orderBy(asc(caseReplies.receivedOn), asc(caseReplies.recordedAt))
    .all();
}
