import { z } from "zod";
import type { IsoDate } from "@/lib/tracker/dates";
import { normalizePhone } from "@/lib/tracker/phone";
import { reminderKinds } from "@/lib/reminders/kinds";
import { statuses } from "@/lib/tracker/status";

// Error messages are codes; forms translate them (`errors.<code>`) into the user's language.

export const subscriptionTypes = ["postpaid", "prepaid", "mobile-broadband", "other"] as const;
export const caseChannels = ["min-side-app", "chat", "phone", "email", "store", "letter", "porting"] as const;
export const textLimits = { providerName: 80, customerNumber: 64, confirmationReference: 100, notes: 2000 } as const;

const trimmedOptional = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v),
    z.string().max(max, "tooLong").optional(),
  );

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const isRealDate = (v: unknown): v is string =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

const dateField = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().refine(isRealDate, "invalidDate").optional());

// Cross-field checks run even when another field is invalid, so the user sees every problem at
// once; they only look at values that are themselves well-formed.
const always = { when: () => true };

/**
 * The case form, validated once at the boundary. `today` is the user's today (their time zone),
 * so "not in the future" means the same thing to the server as to the user.
 */
export function caseFormSchema(options: { today: IsoDate; providerIds: readonly string[] }) {
  const { today, providerIds } = options;
  return z
    .object({
      provider: z.string({ error: "required" }).refine((v) => v === "other" || providerIds.includes(v), "invalidChoice"),
      providerName: trimmedOptional(textLimits.providerName),
      subscriptionType: z.enum(subscriptionTypes, { error: "invalidChoice" }),
      phoneNumber: z.string({ error: "required" }).trim().min(1, "required").max(40, "tooLong"),
      foreignNumber: checkbox,
      customerNumber: trimmedOptional(textLimits.customerNumber),
      channel: z.enum(caseChannels, { error: "invalidChoice" }),
      submittedOn: dateField,
      confirmationReference: trimmedOptional(textLimits.confirmationReference),
      confirmedOn: dateField,
      endsOn: dateField,
      finalBillChecked: checkbox,
      creditRefundAsked: checkbox,
      hasEquipment: checkbox,
      equipmentReturned: checkbox,
      notes: trimmedOptional(textLimits.notes),
    })
    .superRefine((value, ctx) => {
      if (value.provider === "other" && !value.providerName) ctx.addIssue({ code: "custom", path: ["providerName"], message: "required" });
      if (typeof value.phoneNumber === "string" && value.phoneNumber.trim() !== "") {
        const phone = normalizePhone(value.phoneNumber, { foreign: value.foreignNumber === true });
        if (!phone.ok) ctx.addIssue({ code: "custom", path: ["phoneNumber"], message: phone.error });
      }
      const { submittedOn, confirmedOn, endsOn } = value;
      if (isRealDate(submittedOn) && submittedOn > today) ctx.addIssue({ code: "custom", path: ["submittedOn"], message: "futureDate" });
      if (isRealDate(confirmedOn) && confirmedOn > today) ctx.addIssue({ code: "custom", path: ["confirmedOn"], message: "futureDate" });
      if (isRealDate(confirmedOn) && isRealDate(submittedOn) && confirmedOn < submittedOn) {
        ctx.addIssue({ code: "custom", path: ["confirmedOn"], message: "beforeSubmitted" });
      }
      if (isRealDate(endsOn) && isRealDate(submittedOn) && endsOn < submittedOn) {
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "beforeSubmitted" });
      }
    }, always)
    .transform((value) => {
      const phone = normalizePhone(value.phoneNumber, { foreign: value.foreignNumber });
      return {
        ...value,
        phoneNumber: phone.ok ? phone.value : value.phoneNumber,
        providerName: value.provider === "other" ? (value.providerName ?? null) : null,
        // Only where they apply: prepaid credit for prepaid cards, equipment when there is some.
        creditRefundAsked: value.subscriptionType === "prepaid" && value.creditRefundAsked,
        equipmentReturned: value.hasEquipment && value.equipmentReturned,
      };
    });
}
export type CaseFormInput = z.output<ReturnType<typeof caseFormSchema>>;

/** A status change; the dates the new status needs default to the user's today. */
export function statusChangeSchema(options: { today: IsoDate }) {
  return z
    .object({
      to: z.enum(statuses, { error: "invalidChoice" }),
      submittedOn: dateField,
      confirmedOn: dateField,
      confirmationReference: trimmedOptional(textLimits.confirmationReference),
      endsOn: dateField,
    })
    .superRefine((value, ctx) => {
      for (const field of ["submittedOn", "confirmedOn"] as const) {
        const date = value[field];
        if (isRealDate(date) && date > options.today) ctx.addIssue({ code: "custom", path: [field], message: "futureDate" });
      }
    }, always);
}
export type StatusChangeInput = z.output<ReturnType<typeof statusChangeSchema>>;

/** Field errors as `{ field: [code] }` for the form to show next to each field. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}

/** The case page's reminder settings: a date to be reminded on, and kinds on (`kind-…` ticked). */
export function reminderOverridesSchema(options: { today: IsoDate }) {
  return z
    .object({
      remindOn: dateField,
      ...Object.fromEntries(reminderKinds.map((kind) => [`kind-${kind}`, checkbox])),
    })
    .superRefine((value, ctx) => {
      if (isRealDate(value.remindOn) && value.remindOn < options.today) ctx.addIssue({ code: "custom", path: ["remindOn"], message: "pastDate" });
    }, always)
    .transform((value) => {
      const v = value as typeof value & Record<string, boolean>;
      return { remindOn: value.remindOn ?? null, muted: reminderKinds.filter((kind) => !v[`kind-${kind}`]) };
    });
}
