import { cancellationKinds, type LetterKind } from "./fields";

type PreparedOrSent = { kind: string; sentOn: string | null };
type WithDeceased = { deceasedName: string | null };

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
 * follows a cancellation, and the case's cancellation was the estate's letter. Then the writer
 * signs on the estate's behalf, names the deceased, and never calls the subscription, the
 * customer number or the bill their own (an heir who writes "I will pay" can be taken at their
 * word, so every doubt falls to the estate). Only letters tell which it was:
 * - the last cancellation marked sent (an estate's and an own one sent the same day: the estate);
 * - none marked sent (the case marked sent by hand, perhaps with a letter prepared here): an
 *   estate's letter prepared here.
 * A case whose cancellation went out some other way is written for its owner.
 */
export function writesForEstate(kind: string, letters: readonly PreparedOrSent[]): boolean {
  if (!followUpKinds.includes(kind)) return false;
  const cancellations = letters.filter((l) =>
    (cancellationKinds as readonly string[]).includes(l.kind),
  );
  const isEstate = (l: PreparedOrSent) => l.kind === "estate-cancellation";
  const sent = cancellations.filter((l) => l.sentOn);
  if (sent.length === 0) return cancellations.some(isEstate);
  const lastDay = sent
    .map((l) => l.sentOn!)
    .sort()
    .at(-1);
  return sent.some((l) => l.sentOn === lastDay && isEstate(l));
}

/**
 * The deceased's name the case's latest letter for the estate gave (letters in the order they
 * were prepared), for the next one to start from: the heir types it once, and every letter for
 * the estate names the deceased the same way unless they change it.
 */
export function lastDeceasedName(letters: readonly WithDeceased[]): string | null {
  return letters.findLast((l) => l.deceasedName)?.deceasedName ?? null;
}
