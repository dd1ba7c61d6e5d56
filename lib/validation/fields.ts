import { z } from "zod";
import type { IsoDate } from "@/lib/tracker/dates";

/**
 * Field schemas shared by every form. Messages are codes the forms translate (`errors.<code>`);
 * `fieldErrors` turns anything else zod may say (a file posted into a text field: "expected
 * string, received File") into the generic `invalid`, so a user never sees an untranslated one.
 */
export const errorCodes = [
  "invalid",
  "required",
  "tooLong",
  "invalidChoice",
  "invalidNorwegian",
  "invalidForeign",
  "invalidDate",
  "dateOutOfRange",
  "futureDate",
  "pastDate",
  "beforeSubmitted",
  "beforeConfirmed",
  "invalidTimeZone",
  "invalidAccountNumber",
  "invalidAmount",
  "portingNoCancellation",
  "chooseOne",
  "beforeComplaint",
  "invalidBirthDate",
  "afterEndDate",
  "invalidEmail",
  "invalidBic",
  "latinName",
  "afterDeath",
  // Evidence uploads (lib/evidence/prepare.ts names the file problems).
  "chooseFile",
  "emptyFile",
  "fileTooLarge",
  "heicNotSupported",
  "typeNotAllowed",
  "imageTooLarge",
  "unreadableFile",
] as const;
export type ErrorCode = (typeof errorCodes)[number];
const known = new Set<string>(errorCodes);

/** Field errors as `{ field: [code] }` for the form to show next to each field. */
export function fieldErrors(error: z.ZodError): Record<string, ErrorCode[]> {
  const out: Record<string, ErrorCode[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const code = (known.has(issue.message) ? issue.message : "invalid") as ErrorCode;
    const codes = (out[field] ??= []);
    if (!codes.includes(code)) codes.push(code);
  }
  return out;
}

/**
 * For `superRefine`: run the cross-field checks even when a field already failed, so one answer
 * names every problem (zod skips refinements of an object with issues by default).
 */
export const always = { when: () => true };

/** Dates a cancellation can sensibly carry. Anything outside is a typo (or an attack on the reminder clock). */
export const dateRange = { min: "2000-01-01", max: "2100-12-31" } as const;

/** The earliest birth date a letter accepts (a person's dates go back further than a case's). */
export const earliestBirthDate = "1900-01-01";

export const isRealDate = (v: unknown): v is IsoDate => {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v); // 2026-02-30 rolls over
};

const isInRange = (v: IsoDate) => v >= dateRange.min && v <= dateRange.max;

/** An optional YYYY-MM-DD date within dateRange; "" means not given. */
export const optionalDate = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z
    .string({ error: "invalidDate" })
    .refine(isRealDate, { error: "invalidDate", abort: true })
    .refine(isInRange, "dateOutOfRange")
    .optional(),
);

/** A well-formed date in range, for cross-field checks that only look at good values. */
export const isUsableDate = (v: unknown): v is IsoDate => isRealDate(v) && isInRange(v);

/** Optional text, trimmed; blank means not given. */
export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v),
    z.string({ error: "invalid" }).max(max, "tooLong").optional(),
  );

/** An HTML checkbox: present ("on") means ticked. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
