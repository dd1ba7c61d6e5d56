import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { isValidTimeZone } from "@/lib/tracker/dates";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const accountSettingsSchema = z.object({
  locale: z.string().refine((v) => locales.includes(v), "invalidChoice"),
  timeZone: z.string().trim().min(1, "required").max(64, "tooLong").refine(isValidTimeZone, "invalidTimeZone"),
  remindersEnabled: checkbox,
  reminderDigest: checkbox,
});
