import { followUp } from "@/lib/reminders/kinds";
import { addDays, type IsoDate } from "@/lib/tracker/dates";
import type { Status } from "@/lib/tracker/status";
import type { LetterKind } from "./fields";

export type LetterCase = {
  status: Status;
  submittedOn: IsoDate | null;
  endsOn: IsoDate | null;
  finalBillDisputed: boolean;
};
export type SentLetter = { kind: string; sentOn: IsoDate | null };

/**
 * Which letters a case calls for today, in the order a case needs them:
 * - the cancellation, until it has been sent (or again after a refusal);
 * - a chase, from the follow-up date on while no confirmation has come;
 * - a complaint to the operator, after a refusal, a disputed bill, a chase, or three weeks of silence;
 * - a final-bill dispute once the service has ended;
 * - a complaint to Brukerklagenemnda once a complaint to the operator has been sent.
 */
export function availableLetters(
  c: LetterCase,
  letters: SentLetter[],
  today: IsoDate,
): LetterKind[] {
  const sent = (kind: LetterKind) => letters.some((l) => l.kind === kind && l.sentOn);
  const waitingSince = (days: number) =>
    c.status === "submitted" && c.submittedOn !== null && today >= addDays(c.submittedOn, days);
  const kinds: LetterKind[] = [];
  if (c.status === "planned" || c.status === "rejected") kinds.push("cancellation");
  if (waitingSince(followUp.everyDays)) kinds.push("chase");
  if (
    c.status === "rejected" ||
    c.finalBillDisputed ||
    waitingSince(followUp.complainFromDays) ||
    (c.status === "submitted" && sent("chase"))
  )
    kinds.push("operator-complaint");
  if (
    (c.status === "confirmed" || c.status === "completed") &&
    c.endsOn !== null &&
    c.endsOn < today
  )
    kinds.push("final-bill-dispute");
  if (sent("operator-complaint")) kinds.push("bkn-complaint");
  return kinds;
}

/** What marking a letter sent does to the case: a cancellation makes it "sent, waiting". */
export function statusAfterSending(kind: string, status: Status): "submitted" | null {
  return kind === "cancellation" && (status === "planned" || status === "rejected")
    ? "submitted"
    : null;
}
