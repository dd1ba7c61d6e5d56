import { z } from "zod";
import { isoDate, sourceSchema } from "./guide-schema";

/** Text in every locale: `{ "en": "…", "zh": "…" }`. `{name}` and `{phone}` are filled in. */
export const localizedText = z.record(z.string(), z.string().min(1));

export const channels = ["min-side", "app", "chat", "phone", "store", "email", "letter"] as const;
export const channelSchema = z.enum(channels);
export type Channel = z.infer<typeof channelSchema>;

/**
 * How a cancellation turns into an end date. The tracker suggests end dates from these, so a
 * rule is an enum with tested date arithmetic, not free text.
 */
export const noticeRules = ["month-from-next-month", "end-of-current-month", "next-day"] as const;
export const noticeRuleSchema = z.enum(noticeRules);
export type NoticeRule = z.infer<typeof noticeRuleSchema>;

/** A source id, or null for something only third parties report (shown as "confirm"). */
const sourceRef = z.string().regex(/^[a-z0-9-]+$/).nullable();

export const factSchema = z.object({ text: localizedText, source: sourceRef });
export type Fact = z.infer<typeof factSchema>;

export const operatorSections = [
  "who-runs-it",
  "how-to-cancel",
  "notice-period",
  "binding-period",
  "prepaid-credit",
  "porting-out",
  "confirmation",
  "complaints",
] as const;
export type OperatorSection = (typeof operatorSections)[number];

const sectionsSchema = z.object(
  Object.fromEntries(operatorSections.map((id) => [id, z.array(factSchema).default([])])) as Record<
    OperatorSection,
    z.ZodDefault<z.ZodArray<typeof factSchema>>
  >,
);

export const operatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(2),
    order: z.number().int().nonnegative(),
    website: z.url({ protocol: /^https$/ }),
    lastChecked: isoDate,
    phone: z.object({ display: z.string(), tel: z.string().regex(/^\+?\d+$/), source: sourceRef }).nullable(),
    channels: z.object({ list: z.array(channelSchema).min(1), source: sourceRef }).nullable(),
    notice: z.object({ rule: noticeRuleSchema, source: sourceRef }).nullable(),
    prepaidOnly: z.boolean().default(false),
    sections: sectionsSchema,
    sources: z.array(sourceSchema).default([]),
  })
  .strict();

export type Operator = z.infer<typeof operatorSchema>;

/** Facts every operator page repeats (porting rules, complaints ladder), written once. */
export const operatorCommonSchema = z
  .object({ sections: sectionsSchema, sources: z.array(sourceSchema).min(1) })
  .strict();
export type OperatorCommon = z.infer<typeof operatorCommonSchema>;
