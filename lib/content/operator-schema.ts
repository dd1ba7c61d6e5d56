import { z } from "zod";
import { isoDate, sourceSchema, type GuideSource } from "./guide-schema";

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
const sourceRef = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .nullable();

/**
 * A fact with its source, or with none: then either something only third parties report
 * (`"note"` absent, shown as "reported, not confirmed") or our own editorial note, such as "we
 * found nothing official" (`"note": true`, shown as "our note").
 */
export const factSchema = z
  .object({ text: localizedText, source: sourceRef, note: z.literal(true).optional() })
  .refine((f) => !(f.note && f.source), "a fact with a source is not an editorial note");

/** Operator data is shared by every locale, so its source titles (and quotes' meanings) are written in each. */
export const operatorSourceSchema = sourceSchema.extend({
  title: localizedText,
  quotes: z
    .array(
      z
        .object({
          text: z.string().min(3),
          lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
          meaning: localizedText.optional(),
        })
        .strict(),
    )
    .optional(),
});
export type OperatorSource = z.infer<typeof operatorSourceSchema>;

/** A source as a page in `locale` shows it. */
export function localizeSource(source: OperatorSource, locale: string): GuideSource {
  const inLocale = (text: Record<string, string>) =>
    text[locale] ?? text.en ?? Object.values(text)[0]!;
  return {
    ...source,
    title: inLocale(source.title),
    quotes: source.quotes?.map((q) => ({
      text: q.text,
      lang: q.lang,
      ...(q.meaning ? { meaning: inLocale(q.meaning) } : {}),
    })),
  };
}
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
    phone: z
      .object({ display: z.string(), tel: z.string().regex(/^\+?\d+$/), source: sourceRef })
      .nullable(),
    channels: z.object({ list: z.array(channelSchema).min(1), source: sourceRef }).nullable(),
    notice: z
      .object({
        rule: noticeRuleSchema,
        source: sourceRef,
        /**
         * The operator bills to the end of the current invoice period whenever the service
         * stops: the end date the notice rule gives is then not the end of the charges.
         */
        billsToEndOfInvoicePeriod: z.object({ source: sourceRef }).optional(),
      })
      .nullable(),
    /**
     * Where a letter can be sent in writing, as the operator's own pages give it: an e-mail
     * address (the letter page offers a mailto: link) and/or a web form (a link, with the text
     * to paste). Only with a source; absent when no official page gives one.
     */
    written: z
      .object({
        email: z.email().optional(),
        formUrl: z.url({ protocol: /^https$/ }).optional(),
        source: z.string().regex(/^[a-z0-9-]+$/),
      })
      .optional(),
    prepaidOnly: z.boolean().default(false),
    sections: sectionsSchema,
    sources: z.array(operatorSourceSchema).default([]),
  })
  .strict();

export type Operator = z.infer<typeof operatorSchema>;

/** Facts every operator page repeats (porting rules, complaints ladder), written once. */
export const operatorCommonSchema = z
  .object({ sections: sectionsSchema, sources: z.array(operatorSourceSchema).min(1) })
  .strict();
export type OperatorCommon = z.infer<typeof operatorCommonSchema>;
