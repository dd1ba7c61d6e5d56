import { z } from "zod";
import type { NoticeRule } from "@/lib/content/operator-schema";
import { reminderKinds } from "@/lib/reminders/kinds";
import { dateProblems } from "@/lib/tracker/case-dates";
import type { IsoDate } from "@/lib/tracker/dates";
import { normalizePhone } from "@/lib/tracker/phone";
import { statuses } from "@/lib/tracker/status";
import { always, checkbox, isUsableDate, optionalDate, optionalText } from "./fields";

// Error messages are codes; forms translate them (`errors.<code>`) into the user's language.

export const subscriptionTypes = ["postpaid", "prepaid", "mobile-broadband", "other"] as const;
export const caseChannels = [
  "min-side-app",
  "chat",
  "phone",
  "email",
  "store",
  "letter",
  "porting",
] as const;
/** Longest text each field takes (characters); the forms set the same maxLength. */
export const textLimits = {
  nickname: 60,
  providerName: 80,
  phoneNumber: 40,
  customerNumber: 64,
  confirmationReference: 100,
  notes: 2000,
} as const;

// Cross-field checks run even when another field is invalid, so the user sees every problem at
// once; they only look at values that are themselves well-formed.
/** A case id from a form: opaque, short; ownership is checked by the data layer. */
export const caseIdField = z.string({ error: "invalid" }).min(1, "invalid").max(64, "invalid");

/** The dates of a form as the shared rule sees them (only the well-formed ones). */
const usable = (v: unknown) => (isUsableDate(v) ? v : null);

type CaseSchemaOptions = {
  today: IsoDate;
  providerIds: readonly string[];
  /** Each operator's notice rule, where the operator data has one. */
  noticeRules?: Partial<Record<string, NoticeRule>>;
};

/**
 * The case form, validated once at the boundary. `today` is the user's today (their time zone),
 * so "not in the future" means the same thing to the server as to the user. The dates follow
 * the one rule in lib/tracker/case-dates.ts (the status buttons use it too).
 */
/**
 * The case's own fields, as the form edits them and the data layer stores them: the one list.
 * The form's schema below must have exactly these (and the form-only `foreignNumber`), which the
 * compiler checks; lib/data/cases.ts picks and shows them from this list.
 */
export const editableFields = [
  "nickname",
  "provider",
  "providerName",
  "subscriptionType",
  "phoneNumber",
  "customerNumber",
  "channel",
  "submittedOn",
  "confirmationReference",
  "confirmedOn",
  "endsOn",
  "requestedEndOn",
  "doneBy",
  "finalBillChecked",
  "creditRefundAsked",
  "hasEquipment",
  "equipmentReturned",
  "notes",
] as const;
export type EditableField = (typeof editableFields)[number];

export function caseFormSchema(options: CaseSchemaOptions) {
  const { today, providerIds, noticeRules = {} } = options;
  return z
    .object({
      nickname: optionalText(textLimits.nickname),
      provider: z
        .string({ error: "required" })
        .refine((v) => v === "other" || providerIds.includes(v), "invalidChoice"),
      providerName: optionalText(textLimits.providerName),
      subscriptionType: z.enum(subscriptionTypes, { error: "invalidChoice" }),
      phoneNumber: z
        .string({ error: "required" })
        .trim()
        .min(1, "required")
        .max(textLimits.phoneNumber, "tooLong"),
      foreignNumber: checkbox,
      customerNumber: optionalText(textLimits.customerNumber),
      channel: z.enum(caseChannels, { error: "invalidChoice" }),
      submittedOn: optionalDate,
      confirmationReference: optionalText(textLimits.confirmationReference),
      confirmedOn: optionalDate,
      endsOn: optionalDate,
      requestedEndOn: optionalDate,
      doneBy: optionalDate,
      finalBillChecked: checkbox,
      creditRefundAsked: checkbox,
      hasEquipment: checkbox,
      equipmentReturned: checkbox,
      notes: optionalText(textLimits.notes),
    } satisfies Record<EditableField | "foreignNumber", z.ZodType>)
    .superRefine((value, ctx) => {
      if (value.provider === "other" && !value.providerName)
        ctx.addIssue({ code: "custom", path: ["providerName"], message: "required" });
      if (typeof value.phoneNumber === "string" && value.phoneNumber.trim() !== "") {
        const phone = normalizePhone(value.phoneNumber, { foreign: value.foreignNumber === true });
        if (!phone.ok)
          ctx.addIssue({ code: "custom", path: ["phoneNumber"], message: phone.error });
      }
      const dates = {
        submittedOn: usable(value.submittedOn),
        confirmedOn: usable(value.confirmedOn),
        endsOn: usable(value.endsOn),
        requestedEndOn: usable(value.requestedEndOn),
      };
      for (const problem of dateProblems(dates, today)) {
        // A malformed date already has its own message.
        if (value[problem.field] === undefined || isUsableDate(value[problem.field]))
          ctx.addIssue({ code: "custom", path: [problem.field], message: problem.code });
      }
    }, always)
    .transform((value) => {
      const phone = normalizePhone(value.phoneNumber, { foreign: value.foreignNumber });
      return {
        ...value,
        phoneNumber: phone.ok ? phone.value : value.phoneNumber,
        providerName: value.provider === "other" ? (value.providerName ?? null) : null,
        // Stored with the case, so the case model computes the end date without content at hand.
        noticeRule: noticeRules[value.provider] ?? null,
        // Only where they apply: prepaid credit for prepaid cards, equipment when there is some.
        creditRefundAsked: value.subscriptionType === "prepaid" && value.creditRefundAsked,
        equipmentReturned: value.hasEquipment && value.equipmentReturned,
      };
    });
}
export type CaseFormInput = z.output<ReturnType<typeof caseFormSchema>>;

/**
 * The edit form: the case form plus what guards against a stale form overwriting newer data: the
 * version it was opened at and the values it showed then.
 */
export function editCaseSchema(options: CaseSchemaOptions) {
  return z.intersection(
    z.object({
      caseId: caseIdField,
      version: z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid"),
      base: z.string({ error: "invalid" }).max(20_000, "invalid").default("{}"),
    }),
    caseFormSchema(options),
  );
}

/**
 * A status button. The dates it asks for are checked here only for form; whether they fit the
 * case's other dates is the shared rule, applied by the data layer to the merged dates.
 */
export const statusChangeSchema = z.object({
  caseId: caseIdField,
  to: z.enum(statuses, { error: "invalidChoice" }),
  submittedOn: optionalDate,
  confirmedOn: optionalDate,
  confirmationReference: optionalText(textLimits.confirmationReference),
  endsOn: optionalDate,
  /** For "all done" while the number still works or number items are open: the user read the warning. */
  acknowledged: checkbox,
});
export type StatusChangeInput = z.output<typeof statusChangeSchema>;

export { fieldErrors } from "./fields";

/** The case page's reminder settings: a date to be reminded on, and kinds on (`kind-…` ticked). */
export function reminderOverridesSchema(options: { today: IsoDate }) {
  return z
    .object({
      caseId: caseIdField,
      remindOn: optionalDate,
      ...Object.fromEntries(reminderKinds.map((kind) => [`kind-${kind}`, checkbox])),
    })
    .superRefine((value, ctx) => {
      if (isUsableDate(value.remindOn) && value.remindOn < options.today)
        ctx.addIssue({ code: "custom", path: ["remindOn"], message: "pastDate" });
    }, always)
    .transform((value) => {
      const v = value as typeof value & Record<string, boolean>;
      return {
        caseId: value.caseId,
        remindOn: value.remindOn ?? null,
        muted: reminderKinds.filter((kind) => !v[`kind-${kind}`]),
      };
    });
}

/** Buttons that act on one case with no other input (snooze, delete, resume reminders). */
export const caseButtonSchema = z.object({ caseId: caseIdField });

/** A checklist tick. */
export const checklistTickSchema = z.object({
  caseId: caseIdField,
  item: z.string({ error: "invalid" }).max(64, "invalid"),
  done: z.enum(["true", "false"], { error: "invalid" }),
});

/** The two answers to "has the final bill come, and is it right?". */
export const finalBillSchema = z.object({
  caseId: caseIdField,
  outcome: z.enum(["correct", "disputed"], { error: "invalidChoice" }),
});
