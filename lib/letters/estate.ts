import type { LetterKind } from "./fields";

type SentOrNot = { kind: string; sentOn: string | null };

/** The letters that follow a cancellation, and so follow an estate's cancellation too. */
const followUpKinds: readonly string[] = [
  "chase",
  "operator-complaint",
  "final-bill-dispute",
  "advance-refund",
  "bkn-complaint",
] satisfies LetterKind[];

/**
 * Whether a letter of this kind on this case is written for a deceased person's estate: it
 * follows a cancellation, and the last cancellation sent was the estate's letter. Then the writer
 * signs on the estate's behalf, names the deceased, and never calls the subscription, the
 * customer number or the bill their own (an heir who writes "I will pay" can be taken at their
 * word). Only letters tell: a case sent some other way is written for its owner.
 */
export function writesForEstate(kind: string, letters: readonly SentOrNot[]): boolean {
  if (!followUpKinds.includes(kind)) return false;
  const cancellations = letters
    .filter((l) => l.sentOn && (l.kind === "cancellation" || l.kind === "estate-cancellation"))
    .sort((a, b) => a.sentOn!.localeCompare(b.sentOn!));
  return cancellations.at(-1)?.kind === "estate-cancellation";
}
