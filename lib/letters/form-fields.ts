import type { LetterKind } from "./fields";

export type LetterFormField =
  | "fullName"
  | "birthDate"
  | "email"
  | "customerNumber"
  | "endChoice"
  | "endDate"
  | "porting"
  | "accountNumber"
  | "bic"
  | "sentReference"
  | "claim"
  | "reasons"
  | "details"
  | "invoiceNumber"
  | "disputedAmount"
  | "endsOn"
  | "complaintSentOn"
  | "answer"
  | "answerOn"
  | "agreedOn"
  | "deceasedName"
  | "deceasedBirthDate"
  | "deathOn"
  | "employer"
  | "employmentEndsOn"
  | "refundAmount";

/**
 * The questions the letter page asks for one kind of letter on one case: who is writing, plus
 * what the letter needs and the case does not already say. `lib/letters/letters.test.ts` checks
 * that every value a letter can require is either on the case or asked here. A follow-up to an
 * estate's cancellation (`forEstate`: `writesForEstate` in lib/letters/estate.ts) asks the
 * deceased's name instead of the writer's birth date: the deceased was the customer.
 */
export function letterFormFields(
  kind: LetterKind,
  c: { subscriptionType: string; endsOn: string | null },
  forEstate = false,
): LetterFormField[] {
  const self: LetterFormField[] = ["fullName", "birthDate", "email", "customerNumber"];
  const who: LetterFormField[] = forEstate
    ? ["fullName", "email", "customerNumber", "deceasedName"]
    : self;
  switch (kind) {
    case "cancellation":
      return [
        ...self,
        "endChoice",
        "endDate",
        "porting",
        ...(c.subscriptionType === "prepaid" ? (["accountNumber", "bic"] as const) : []),
      ];
    case "chase":
      return [...who, "sentReference"];
    case "operator-complaint":
      return [...who, "reasons", "details"];
    case "final-bill-dispute":
      return [...who, "invoiceNumber", "disputedAmount", ...(c.endsOn ? [] : ["endsOn" as const])];
    case "withdrawal":
      return [...self, "agreedOn"];
    case "estate-cancellation":
      // The writer signs for the estate: the deceased's details identify the customer.
      return [
        "fullName",
        "email",
        "customerNumber",
        "deceasedName",
        "deceasedBirthDate",
        "deathOn",
      ];
    case "employer-owner-change":
      return ["fullName", "email", "employer", "employmentEndsOn"];
    case "advance-refund":
      return [
        ...who,
        "refundAmount",
        "accountNumber",
        "bic",
        ...(c.endsOn ? [] : ["endsOn" as const]),
      ];
    case "bkn-complaint":
      return [...who, "complaintSentOn", "answer", "answerOn", "details", "claim"];
  }
}
