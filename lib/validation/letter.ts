import { z } from "zod";
import { normalizeEmailAddress } from "@/lib/auth/email-address";
import { letterKinds } from "@/lib/letters/fields";
import type { IsoDate } from "@/lib/tracker/dates";
import { caseIdField } from "./case";
import {
  always,
  checkbox,
  earliestBirthDate,
  isRealDate,
  isUsableDate,
  optionalDate,
  optionalText,
} from "./fields";

/** Longest text each letter field takes; the form sets the same maxLength. */
export const letterLimits = {
  fullName: 120,
  deceasedName: 120,
  employer: 120,
  email: 254,
  customerNumber: 64,
  sentReference: 64,
  claim: 500,
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

/** A Norwegian bank account number: 11 digits, the last a MOD11 check digit. Spaces and dots allowed. */
export function normalizeAccountNumber(input: string): string | null {
  const digits = input.replace(/[\s.]/g, "");
  if (!/^\d{11}$/.test(digits)) return null;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[10]) ? digits : null;
}

/**
 * An IBAN, for a refund to an account outside Norway (a leaver's new bank): the country, two
 * check digits and the account, checked with ISO 13616's MOD 97. Spaces allowed; kept upper-case
 * and without them.
 */
export function normalizeIban(input: string): string | null {
  const compact = input.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return null;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1 ? compact : null;
}

/**
 * A Norwegian account number, or an IBAN: what the refund paragraph can be paid to. A Norwegian
 * IBAN is kept as the account number inside it, which the operator's bank needs no BIC for.
 */
export function normalizeRefundAccount(input: string): string | null {
  const domestic = normalizeAccountNumber(input);
  if (domestic) return domestic;
  const iban = normalizeIban(input);
  return iban?.startsWith("NO") ? normalizeAccountNumber(iban.slice(4)) : iban;
}
export const isIban = (account: string) => /^[A-Z]{2}/.test(account);

/** A BIC (SWIFT code): bank, country, location and an optional branch, 8 or 11 characters. */
const bicPattern = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/**
 * A name in another script than the Latin one (汉字, かな, 한글, кириллица …) will not match the
 * passport or ID card the operator checks it against: Norwegian records hold the Latin form.
 */
export const hasNonLatinLetters = (name: string) =>
  // Letters of no particular script (the Hawaiian ʻokina, ʼ) are not another script.
  /(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])\p{L}/u.test(name);

/** A birth date is older than the tracker's date range, so it has its own bounds. */
const birthDate = (today: IsoDate) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string({ error: "invalidDate" })
      .refine(isRealDate, { error: "invalidDate", abort: true })
      .refine((v) => v >= earliestBirthDate, "invalidBirthDate")
      .refine((v) => v <= today, "futureDate")
      .optional(),
  );

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
        .max(letterLimits.fullName, "tooLong")
        // Full-width letters from a Chinese keyboard (Ｌｉ Ｗｅｉ) become the ones on the ID.
        .overwrite((v) => v.normalize("NFKC"))
        .refine((v) => !hasNonLatinLetters(v), "latinName"),
      // The same check as the sign-in's, so the account's own address (offered here) passes.
      email: optionalText(letterLimits.email)
        .refine((v) => v === undefined || normalizeEmailAddress(v) !== null, "invalidEmail")
        .transform((v) => (v === undefined ? undefined : normalizeEmailAddress(v)!)),
      birthDate: birthDate(today),
      remember: checkbox,
      customerNumber: optionalText(letterLimits.customerNumber),
      endChoice: optionalChoice(["earliest", "date"] as const),
      endDate: optionalDate,
      porting: optionalChoice(["no", "yes"] as const),
      accountNumber: optionalText(50)
        .refine(
          (v) => v === undefined || normalizeRefundAccount(v) !== null,
          "invalidAccountNumber",
        )
        .transform((v) => (v === undefined ? undefined : normalizeRefundAccount(v)!)),
      // Checked below, and only beside an IBAN: with a Norwegian account it is not used.
      bic: optionalText(20).transform((v) => v?.replace(/\s/g, "").toUpperCase()),
      sentReference: optionalText(letterLimits.sentReference),
      claim: optionalText(letterLimits.claim),
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
      agreedOn: optionalDate,
      deceasedName: optionalText(letterLimits.deceasedName)
        // As the writer's name: full-width letters become the ones on the papers (and the next
        // letter for the estate starts from what is stored).
        .transform((v) => v?.normalize("NFKC"))
        .refine((v) => v === undefined || !hasNonLatinLetters(v), "latinName"),
      deceasedBirthDate: birthDate(today),
      deathOn: optionalDate,
      employer: optionalText(letterLimits.employer),
      employmentEndsOn: optionalDate,
      refundAmount: optionalText(20)
        .refine((v) => v === undefined || normalizeAmount(v) !== null, "invalidAmount")
        .transform((v) => (v === undefined ? undefined : normalizeAmount(v)!)),
    })
    .superRefine((v, ctx) => {
      const need = (field: string, code = "required") =>
        ctx.addIssue({ code: "custom", path: [field], message: code });
      const notFuture = (field: "agreedOn" | "deathOn") => {
        if (!v[field]) need(field);
        else if (isUsableDate(v[field]) && v[field] > today) need(field, "futureDate");
      };
      // A bank abroad is reached by IBAN and BIC; a Norwegian account needs neither. (Checked
      // only on a valid account: a mistyped one has its own message.)
      const account =
        typeof v.accountNumber === "string" ? normalizeRefundAccount(v.accountNumber) : null;
      if (account && isIban(account)) {
        if (!v.bic) need("bic");
        else if (!bicPattern.test(v.bic)) need("bic", "invalidBic");
      }
      if (v.kind === "withdrawal") notFuture("agreedOn");
      if (v.kind === "estate-cancellation") {
        if (!v.deceasedName) need("deceasedName");
        notFuture("deathOn");
        if (isUsableDate(v.deceasedBirthDate) && isUsableDate(v.deathOn))
          if (v.deceasedBirthDate > v.deathOn) need("deceasedBirthDate", "afterDeath");
      }
      if (v.kind === "employer-owner-change") {
        if (!v.employer) need("employer");
        if (!v.employmentEndsOn) need("employmentEndsOn");
      }
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
        if (!v.claim) need("claim");
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
