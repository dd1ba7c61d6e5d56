import type { LetterFormInput } from "@/lib/validation/letter";
import type { LetterField } from "./fields";
import type { LetterFacts } from "./render";

export type FactsCase = {
  phoneNumber: string;
  customerNumber: string | null;
  subscriptionType: string;
  submittedOn: string | null;
  confirmedOn: string | null;
  confirmationReference: string | null;
  endsOn: string | null;
};
export type FactsLetter = { kind: string; sentOn: string | null };

/**
 * What a letter is filled from: the form (what the user just confirmed or added), the case, and
 * earlier letters on the timeline (the last chase, the complaint to the operator). Nothing is
 * made up: a value nobody gave stays absent, and the template either leaves its paragraph out
 * or the page asks for it.
 */
export function letterFacts(
  input: LetterFormInput,
  c: FactsCase,
  operatorName: string,
  letters: FactsLetter[],
): LetterFacts {
  const values: Partial<Record<LetterField, string | undefined>> = {
    operator: operatorName,
    fullName: input.fullName,
    birthDate: input.birthDate,
    phone: c.phoneNumber,
    customerNumber: input.customerNumber ?? c.customerNumber ?? undefined,
    endDate: input.endChoice === "date" ? input.endDate : undefined,
    submittedOn: c.submittedOn ?? undefined,
    confirmedOn: c.confirmedOn ?? undefined,
    endsOn: c.endsOn ?? input.endsOn,
    reference: c.confirmationReference ?? undefined,
    lastChaseOn: lastSentOn(letters, "chase"),
    accountNumber: input.accountNumber,
    invoiceNumber: input.invoiceNumber,
    disputedAmount: input.disputedAmount,
    complaintSentOn: input.complaintSentOn,
    answerOn: input.answer === "refused" ? input.answerOn : undefined,
    details: input.details,
  };
  return {
    values: Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== undefined),
    ) as LetterFacts["values"],
    flags: {
      endEarliest: input.endChoice === "earliest",
      endOnDate: input.endChoice === "date",
      prepaid: c.subscriptionType === "prepaid",
      reasonNoConfirmation: input.reasonNoConfirmation,
      reasonNotEnded: input.reasonNotEnded,
      reasonCharged: input.reasonCharged,
      reasonCredit: input.reasonCredit,
      answerRefused: input.answer === "refused",
      answerNone: input.answer === "none",
    },
  };
}

/** The date of the last complaint to the operator marked sent: the BKN form starts from it. */
export function lastSentOn(letters: FactsLetter[], kind: string): string | undefined {
  return letters
    .filter((l) => l.kind === kind && l.sentOn)
    .map((l) => l.sentOn!)
    .sort()
    .at(-1);
}
