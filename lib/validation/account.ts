import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { reminderKinds } from "@/lib/reminders/kinds";
import { isValidTimeZone, type IsoDate } from "@/lib/tracker/dates";
import { checkbox, optionalDate } from "./fields";

/** The account form: one checkbox per reminder kind (`kind-follow-up`, …), ticked = wanted. */
export function accountSettingsSchema(options: { today: IsoDate }) {
  return z
    .object({
      locale: z
        .string({ error: "invalidChoice" })
        .refine((v) => locales.includes(v), "invalidChoice"),
      timeZone: z
        .string({ error: "required" })
        .trim()
        .min(1, "required")
        .max(64, "tooLong")
        .refine(isValidTimeZone, "invalidTimeZone"),
      remindersEnabled: checkbox,
      reminderDigest: checkbox,
      // A leaving date already past would plan nothing useful: said next to the field.
      leavingOn: optionalDate.refine((v) => v === undefined || v >= options.today, "pastDate"),
      ...Object.fromEntries(reminderKinds.map((kind) => [`kind-${kind}`, checkbox])),
    })
    .transform((v) => {
      const values = v as typeof v & Record<string, boolean>;
      return {
        locale: v.locale,
        timeZone: v.timeZone,
        remindersEnabled: v.remindersEnabled,
        reminderDigest: v.reminderDigest,
        leavingOn: v.leavingOn ?? null,
        reminderOptOuts: reminderKinds.filter((kind) => !values[`kind-${kind}`]),
      };
    });
}
