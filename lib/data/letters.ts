import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { caseLetters, users } from "@/db/schema";
import { nowIso } from "@/lib/clock";
import { syncReminders } from "@/lib/data/reminder-sync";
import { statusAfterSending } from "@/lib/letters/availability";
import type { RenderedLetter } from "@/lib/letters/render";
import { dateProblems } from "@/lib/tracker/case-dates";
import type { IsoDate } from "@/lib/tracker/dates";
import { accountLimits } from "@/lib/tracker/limits";
import { applyChanges, logEvent, ownedCase } from "./case-writes";
import { LimitReachedError } from "./limit-reached";
import type { LetterDto } from "./dto";

// Letters prepared from a case. Like every case write, each function takes the signed-in
// user's id and touches only that user's cases; a letter is reached through its case.

const toDto = (row: typeof caseLetters.$inferSelect): LetterDto => ({
  id: row.id,
  kind: row.kind,
  templateVersion: row.templateVersion,
  subject: row.subject,
  paragraphs: row.paragraphs,
  preparedAt: row.preparedAt,
  sentOn: row.sentOn,
  deceasedName: row.deceasedName,
});

export function listLetters(userId: string, caseId: string): LetterDto[] | null {
  const db = getDb();
  if (!ownedCase(db, userId, caseId)) return null;
  return db
    .select()
    .from(caseLetters)
    .where(eq(caseLetters.caseId, caseId))
    .orderBy(asc(caseLetters.preparedAt))
    .all()
    .map(toDto);
}

export function getLetter(userId: string, caseId: string, letterId: string): LetterDto | null {
  const db = getDb();
  if (!ownedCase(db, userId, caseId)) return null;
  const row = db
    .select()
    .from(caseLetters)
    .where(and(eq(caseLetters.id, letterId), eq(caseLetters.caseId, caseId)))
    .get();
  return row ? toDto(row) : null;
}

export type PreparedLetter = {
  kind: string;
  templateVersion: number;
  letter: RenderedLetter;
  /** The end date the letter asks for (a cancellation's "end on"), if it asks for one. */
  requestedEndOn: IsoDate | null;
  /** The deceased's name, if the letter is written for an estate and its form asked it. */
  deceasedName: string | null;
};

/**
 * Stores a prepared letter (frozen: what the user will send) with a timeline event, and keeps
 * the user's name and birth date on the account for the next letter only while they ask for it:
 * the profile says what to keep (null: forget); a field it leaves out (a letter whose form does
 * not ask the birth date) stays as it is. Throws
 * LimitReachedError, writing nothing, when the case already has as many letters as accountLimits allows.
 */
export function prepareLetter(
  userId: string,
  caseId: string,
  prepared: PreparedLetter,
  profile: { name: string | null; birthDate?: IsoDate | null },
): LetterDto | null {
  return getDb().transaction((tx) => {
    if (!ownedCase(tx, userId, caseId)) return null;
    const letters = tx
      .select({ n: count() })
      .from(caseLetters)
      .where(eq(caseLetters.caseId, caseId))
      .get()!.n;
    if (letters >= accountLimits.letters) throw new LimitReachedError("letters");
    const row = tx
      .insert(caseLetters)
      .values({
        caseId,
        kind: prepared.kind,
        templateVersion: prepared.templateVersion,
        subject: prepared.letter.subject,
        paragraphs: prepared.letter.paragraphs,
        preparedAt: nowIso(),
        requestedEndOn: prepared.requestedEndOn,
        deceasedName: prepared.deceasedName,
      })
      .returning()
      .get();
    logEvent(tx, caseId, "letter-prepared", prepared.kind, null, null);
    tx.update(users).set(profile).where(eq(users.id, userId)).run();
    return toDto(row);
  });
}

export type MarkSentResult =
  | { ok: true }
  | { ok: false; reason: "not-found" }
  /** Marked sent before on another day: the first date stands (the timeline and the reminders count from it). */
  | { ok: false; reason: "already-sent" }
  | { ok: false; reason: "invalid"; field: "sentOn"; code: "futureDate" | "afterEndDate" };

/**
 * "I sent it": records the date on the letter and the timeline. A cancellation letter also moves
 * the case on: a planned (or refused) case becomes "sent, waiting" from that date, through the
 * same date rule as the forms, so reminders start counting from the day it really went out,
 * and the end date the letter asked for becomes the case's requested end date. A letter is
 * marked sent once: the same date again (a double submit) changes nothing.
 */
export function markLetterSent(
  userId: string,
  caseId: string,
  letterId: string,
  sent: { sentOn: IsoDate; channel: string },
  today: IsoDate,
): MarkSentResult {
  return getDb().transaction((tx): MarkSentResult => {
    const before = ownedCase(tx, userId, caseId);
    const letter =
      before &&
      tx
        .select()
        .from(caseLetters)
        .where(and(eq(caseLetters.id, letterId), eq(caseLetters.caseId, caseId)))
        .get();
    if (!before || !letter) return { ok: false, reason: "not-found" };
    if (letter.sentOn)
      return letter.sentOn === sent.sentOn ? { ok: true } : { ok: false, reason: "already-sent" };
    const next = statusAfterSending(letter.kind, before.status);
    if (next) {
      const problem = dateProblems(
        { submittedOn: sent.sentOn, confirmedOn: before.confirmedOn, endsOn: before.endsOn },
        today,
      ).find((p) => p.field === "submittedOn" || p.field === "endsOn");
      // The case's end date cannot come before the day the cancellation went out.
      if (problem)
        return {
          ok: false,
          reason: "invalid",
          field: "sentOn",
          code: problem.code === "futureDate" ? "futureDate" : "afterEndDate",
        };
    }
    tx.update(caseLetters).set({ sentOn: sent.sentOn }).where(eq(caseLetters.id, letterId)).run();
    logEvent(tx, caseId, "letter-sent", letter.kind, sent.channel, sent.sentOn);
    if (next)
      applyChanges(tx, before, {
        status: next,
        submittedOn: sent.sentOn,
        channel: sent.channel,
        requestedEndOn: requestedEndAfterSending(
          letter.requestedEndOn,
          before.requestedEndOn,
          sent.sentOn,
        ),
      });
    // A chase or a complaint moves the case's deadlines, and so its reminders.
    else syncReminders(tx, caseId);
    return { ok: true };
  });
}

/**
 * The end date the case asks for once a cancellation went out on `sentOn`: the letter's, else
 * the one already on the case; a date before the sending cannot have been asked for then (one
 * rule with the forms, lib/tracker/case-dates.ts), so it is dropped rather than stored invalid.
 */
function requestedEndAfterSending(
  fromLetter: IsoDate | null,
  onCase: IsoDate | null,
  sentOn: IsoDate,
): IsoDate | null {
  const asked = fromLetter ?? onCase;
  return asked && asked >= sentOn ? asked : null;
}

/** The name and birth date a letter starts from (remembered from the last one, if the user chose). */
export function letterProfile(userId: string): {
  name: string;
  birthDate: IsoDate | null;
  email: string;
} {
  const row = getDb()
    .select({ name: users.name, birthDate: users.birthDate, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  return { name: row?.name ?? "", birthDate: row?.birthDate ?? null, email: row?.email ?? "" };
}
