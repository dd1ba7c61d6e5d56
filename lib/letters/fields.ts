/**
 * What a letter can say, by placeholder. Every `{name}` in a template must be one of these; the
 * type decides how the value is written in each language (a date in Norwegian reads
 * "25. november 2026", in Chinese "2026年11月25日").
 */
export const letterFields = {
  operator: "text",
  fullName: "text",
  birthDate: "date",
  email: "text",
  phone: "phone",
  customerNumber: "text",
  /** The case or chat number the operator gave when the cancellation was sent (chase letter). */
  sentReference: "text",
  endDate: "date",
  submittedOn: "date",
  confirmedOn: "date",
  endsOn: "date",
  reference: "text",
  lastChaseOn: "date",
  accountNumber: "account",
  bic: "text",
  invoiceNumber: "text",
  disputedAmount: "amount",
  complaintSentOn: "date",
  answerOn: "date",
  details: "text",
  claim: "text",
  /** The day the agreement was made: the right of withdrawal counts from it. */
  agreedOn: "date",
  deceasedName: "text",
  deceasedBirthDate: "date",
  deathOn: "date",
  employer: "text",
  employmentEndsOn: "date",
  refundAmount: "amount",
} as const;
export type LetterField = keyof typeof letterFields;
export const isLetterField = (name: string): name is LetterField =>
  Object.hasOwn(letterFields, name);

/** Yes/no facts a paragraph can depend on (`is:<flag>`), set by lib/letters/facts.ts. */
export const letterFlags = [
  "endEarliest",
  "endOnDate",
  "prepaid",
  "accountDomestic",
  "accountIban",
  "endConfirmed",
  "endNotConfirmed",
  "reasonNoConfirmation",
  "reasonNotEnded",
  "reasonCharged",
  "reasonCredit",
  "answerRefused",
  "answerNone",
  // A follow-up letter for an estate (lib/letters/estate.ts), or for the writer's own line.
  "forEstate",
  "forSelf",
] as const;
export type LetterFlag = (typeof letterFlags)[number];

export const letterKinds = [
  "cancellation",
  "withdrawal",
  "estate-cancellation",
  "employer-owner-change",
  "chase",
  "operator-complaint",
  "final-bill-dispute",
  "advance-refund",
  "bkn-complaint",
] as const;
export type LetterKind = (typeof letterKinds)[number];
/**
 * The letters that end the agreement: sending one makes the case "sent, waiting". A withdrawal
 * is not among them: it ends the agreement at once, not after the notice period the case model
 * counts from the sending, so its outcome is recorded on the case by hand.
 */
export const cancellationKinds = [
  "cancellation",
  "estate-cancellation",
] as const satisfies readonly LetterKind[];

/**
 * Who a letter goes to. Most go to the operator, through the channels its data lists; the
 * complaint to Brukerklagenemnda goes through the board's own form, and the request for a
 * change of owner to the employer that owns the subscription.
 */
export function letterRecipient(kind: string): "operator" | "board" | "employer" {
  if (kind === "bkn-complaint") return "board";
  if (kind === "employer-owner-change") return "employer";
  return "operator";
}

export const isLetterKind = (value: unknown): value is LetterKind =>
  typeof value === "string" && (letterKinds as readonly string[]).includes(value);

/** The language letters are written in; the meaning is shown in the user's. */
export const letterLanguage = "nb";

/** `{name}` placeholders in a text, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!);
}
