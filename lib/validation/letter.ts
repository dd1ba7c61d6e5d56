import { z } from "zod";
import { letterKinds } from "@/lib/letters/fields";
import type { IsoDate } from "@/lib/tracker/dates";
import { caseIdField } from "./case";
import { checkbox, isRealDate, isUsableDate, optionalDate, optionalText } from "./fields";

/** Longest text each letter field takes; the form sets the same maxLength. */
export const letterLimits = {
  fullName: 120,
  customerNumber: 64,
  invoiceNumber: 40,
  details: 1000,
} as const;
export const complaintReasons = [
  "reasonNoConfirmation",
  "reasonNotEnded",
  "reasonCharged",
  "reasonCredit",
] as const;
/** How a letter went out; the case's channel becomes this when a cancellation is marked sent. */
export const sendChannels = ["email", "min-side-app", "chat", "letter"] as const;

const always = { when: () => true };

/** A Norwegian bank account number: 11 digits, the last a MOD11 check digit. Spaces and dots allowed. */
export function normalizeAccountNumber(input: string): string | null {
  const digits = input.replace(/[\s.]/g, "");
  if (!/^\d{11}$/.test(digits)) return null;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[10]) ? digits : null;
}

/** Kroner as typed ("1 234,50", "99"): a positive amount with at most two decimals, as "1234.5". */
export function normalizeAmount(input: string): string | null {
  const compact = input.replace(/[\s\u00a0]/g, "").replace(/,/g, ".");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(compact)) return null;
  const value = Number(compact);
  return value > 0 ? String(value) : null;
}

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(values, { error: "invalidChoice" }).optional(),
  );

/**
 * The letter form, one schema for every kind (the fields a kind does not use are ignored).
 * `today` is the user's today. What the case itself lacks (an end date for a bill dispute) is
 * not known here: the letter's own rule (renderLetter's `missing`) asks for it.
 */
export function letterFormSchema({ today }: { today: IsoDate }) {
  return z
    .object({
      caseId: caseIdField,
      kind: z.enum(letterKinds, { error: "invalidChoice" }),
      fullName: z
        .string({ error: "required" })
        .trim()
        .min(1, "required")
        .max(letterLimits.fullName, "tooLong"),
      // A birth date is older than the tracker's date range, so it has its own bounds.
      birthDate: z.preprocess(
        (v) => (v === "" ? undefined : v),
        z
          .string({ error: "invalidDate" })
          .refine(isRealDate, { error: "invalidDate", abort: true })
          .refine((v) => v >= "1900-01-01", "invalidBirthDate")
          .refine((v) => v <= today, "futureDate")
          .optional(),
      ),
      remember: checkbox,
      customerNumber: optionalText(letterLimits.customerNumber),
      endChoice: optionalChoice(["earliest", "date"] as const),
      endDate: optionalDate,
      porting: optionalChoice(["no", "yes"] as const),
      accountNumber: optionalText(40)
        .refine(
          (v) => v === undefined || normalizeAccountNumber(v) !== null,
          "invalidAccountNumber",
        )
        .transform((v) => (v === undefined ? undefined : normalizeAccountNumber(v)!)),
      ...(Object.fromEntries(complaintReasons.map((r) => [r, checkbox])) as Record<
        (typeof complaintReasons)[number],
        typeof checkbox
      >),
      details: optionalText(letterLimits.details),
      invoiceNumber: optionalText(letterLimits.invoiceNumber),
      disputedAmount: optionalText(20)
        .refine((v) => v === undefined || normalizeAmount(v) !== null, "invalidAmount")
        .transform((v) => (v === undefined ? undefined : normalizeAmount(v)!)),
      endsOn: optionalDate,
      complaintSentOn: optionalDate,
      answer: optionalChoice(["refused", "none"] as const),
      answerOn: optionalDate,
    })
    .superRefine((v, ctx) => {
      const need = (field: string, code = "required") =>
        ctx.addIssue({ code: "custom", path: [field], message: code });
      if (v.kind === "cancellation") {
        if (!v.endChoice) need("endChoice");
        if (v.endChoice === "date" && !v.endDate) need("endDate");
        if (v.endChoice === "date" && isUsableDate(v.endDate) && v.endDate < today)
          need("endDate", "pastDate");
        if (!v.porting) need("porting");
        // Porting ends the old subscription by itself: a cancellation sent first can lose the number.
        if (v.porting === "yes") need("porting", "portingNoCancellation");
      }
      if (v.kind === "operator-complaint" && !complaintReasons.some((r) => v[r]))
        need("reasons", "chooseOne");
      if (v.kind === "final-bill-dispute" && !v.invoiceNumber) need("invoiceNumber");
      if (v.kind === "bkn-complaint") {
        if (!v.complaintSentOn) need("complaintSentOn");
        else if (isUsableDate(v.complaintSentOn) && v.complaintSentOn > today)
          need("complaintSentOn", "futureDate");
        if (!v.answer) need("answer");
        if (v.answer === "refused" && !v.answerOn) need("answerOn");
        if (isUsableDate(v.answerOn) && v.answerOn > today) need("answerOn", "futureDate");
        if (
          isUsableDate(v.answerOn) &&
          isUsableDate(v.complaintSentOn) &&
          v.answerOn < v.complaintSentOn
        )
          need("answerOn", "beforeComplaint");
        if (!v.details) need("details");
      }
    }, always);
}
export type LetterFormInput = z.output<ReturnType<typeof letterFormSchema>>;

/** "I sent it": the date (not in the future) and how. */
export function letterSentSchema({ today }: { today: IsoDate }) {
  return z.object({
    caseId: caseIdField,
    letterId: z.string({ error: "invalid" }).min(1, "invalid").max(64, "invalid"),
    sentOn: optionalDate
      .refine((v) => v !== undefined, "required")
      .refine((v) => v === undefined || v <= today, "futureDate"),
    channel: z.enum(sendChannels, { error: "invalidChoice" }),
  });
}
