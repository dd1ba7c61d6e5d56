import { caseModel, letterEvents, serviceEnded, type CaseRecord } from "@/lib/tracker/case-model";
import type { IsoDate } from "@/lib/tracker/dates";
import type { Status } from "@/lib/tracker/status";
import { cancellationKinds, type LetterKind } from "./fields";

export type SentLetter = { kind: string; sentOn: IsoDate | null };

/**
 * Which letters a case calls for today, from the case model's next action, in the order a case
 * needs them:
 * - the cancellation, until it has been sent (or again after a refusal), and beside it the
 *   withdrawal (angrerett: whether its 14 days still run, the reader knows; the form asks the
 *   agreement's date and the letter states it) and the cancellation by a deceased person's
 *   estate; and, before anything was sent, the request to an employer that owns the
 *   subscription to hand the number over;
 * - a chase, once the confirmation is overdue (and again while a chase's answer is due);
 * - a complaint to the operator, after a refusal, a disputed bill, or once a chase's answer date
 *   has passed with no confirmation;
 * - a final-bill dispute and a claim for what was billed in advance, once the service has ended
 *   (from the end day on, as the final-bill check);
 * - a complaint to Brukerklagenemnda once a complaint to the operator has been sent (its answer
 *   can be a refusal at any time; the case model says when silence makes it the next step).
 */
export function availableLetters(
  c: CaseRecord,
  letters: SentLetter[],
  today: IsoDate,
): LetterKind[] {
  const events = letterEvents(letters);
  const { nextAction } = caseModel(c, events, today);
  const kinds: LetterKind[] = [];
  const notSent = c.status === "planned" || c.status === "rejected";
  if (notSent) kinds.push("cancellation");
  if (notSent) kinds.push("withdrawal", "estate-cancellation");
  if (c.status === "planned") kinds.push("employer-owner-change");
  const unanswered = c.status === "submitted" && events.chasedOn === null;
  if (
    nextAction === "chase" ||
    nextAction === "wait-for-chase-answer" ||
    (nextAction === "complain" && unanswered)
  )
    kinds.push("chase");
  if (
    nextAction === "complain" ||
    nextAction === "wait-for-complaint-answer" ||
    nextAction === "brukerklagenemnda"
  )
    kinds.push("operator-complaint");
  if (serviceEnded(c, today)) kinds.push("final-bill-dispute", "advance-refund");
  if (events.complainedOn !== null) kinds.push("bkn-complaint");
  return kinds;
}

/** What marking a letter sent does to the case: a cancellation makes it "sent, waiting". */
export function statusAfterSending(kind: string, status: Status): "submitted" | null {
  return (cancellationKinds as readonly string[]).includes(kind) &&
    (status === "planned" || status === "rejected")
    ? "submitted"
    : null;
}
