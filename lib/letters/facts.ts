import { isIban, type LetterFormInput } from "@/lib/validation/letter";
import { writesForEstate } from "./estate";
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
  const forEstate = writesForEstate(input.kind, letters);
  const values: Partial<Record<LetterField, string | undefined>> = {
    operator: operatorName,
    fullName: input.fullName,
    // Written for an estate, the customer was the deceased: the writer's birth date identifies
    // no one (the form does not ask it; a stale or forged one is dropped).
    birthDate: forEstate ? undefined : input.birthDate,
    email: input.email,
    phone: c.phoneNumber,
    customerNumber: input.customerNumber ?? c.customerNumber ?? undefined,
    endDate: input.endChoice === "date" ? input.endDate : undefined,
    submittedOn: c.submittedOn ?? undefined,
    confirmedOn: c.confirmedOn ?? undefined,
    endsOn: c.endsOn ?? input.endsOn,
    // The confirmation's reference belongs to letters written after a confirmation; a chase is
    // written because there is none, so it carries the reference given when the case was sent.
    reference: input.kind === "chase" ? undefined : (c.confirmationReference ?? undefined),
    sentReference: input.kind === "chase" ? input.sentReference : undefined,
    lastChaseOn: lastSentOn(letters, "chase"),
    accountNumber: input.accountNumber,
    bic: input.accountNumber && isIban(input.accountNumber) ? input.bic : undefined,
    invoiceNumber: input.invoiceNumber,
    disputedAmount: input.disputedAmount,
    complaintSentOn: input.complaintSentOn,
    answerOn: input.answer === "refused" ? input.answerOn : undefined,
    details: input.details,
    claim: input.claim,
    agreedOn: input.agreedOn,
    deceasedName: input.deceasedName,
    deceasedBirthDate: input.deceasedBirthDate,
    deathOn: input.deathOn,
    employer: input.employer,
    employmentEndsOn: input.employmentEndsOn,
    refundAmount: input.refundAmount,
  };
  const endsOn = values.endsOn;
  return {
    values: Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== undefined),
    ) as LetterFacts["values"],
    flags: {
      endEarliest: input.endChoice === "earliest",
      endOnDate: input.endChoice === "date",
      prepaid: c.subscriptionType === "prepaid",
      accountDomestic: !!input.accountNumber && !isIban(input.accountNumber),
      accountIban: !!input.accountNumber && isIban(input.accountNumber),
      // An end date is a fact only once the operator confirmed it; before that it is what the
      // user worked out from the notice period, and the letter says so.
      endConfirmed: !!endsOn && !!c.confirmedOn && c.endsOn === endsOn,
      // Also when no end date is known yet: the paragraph then asks for it.
      endNotConfirmed: !(endsOn && c.confirmedOn && c.endsOn === endsOn),
      reasonNoConfirmation: input.reasonNoConfirmation,
      reasonNotEnded: input.reasonNotEnded,
      reasonCharged: input.reasonCharged,
      reasonCredit: input.reasonCredit,
      answerRefused: input.answer === "refused",
      answerNone: input.answer === "none",
      forEstate,
      forSelf: !forEstate,
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
