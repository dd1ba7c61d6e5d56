import { z } from "zod";

/** A calendar date written as YYYY-MM-DD that really exists (no 2026-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "is not a real calendar date");

/** A language tag for a quote: "nb", "en", "zh-Hans". */
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language tag");

/**
 * The source's own words a sentence rests on, verbatim in the source's language, with what they
 * say in the page's language beside them (absent when the source is written in it). Shown under
 * the source, so a reader (and the next editor) can check the claim without leaving the page.
 */
export const quoteSchema = z
  .object({
    text: z.string().min(3),
    lang: languageTag,
    meaning: z.string().min(3).optional(),
  })
  .strict();
export type SourceQuote = z.infer<typeof quoteSchema>;

export const sourceSchema = z.object({
  /** Short key that `<Cite id="…" />` in the guide body refers to. */
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lowercase letters, digits and hyphens"),
  title: z.string().min(3),
  url: z.url({ protocol: /^https?$/ }),
  /** The page's own date as it shows it (year, year-month or day), so readers see how old it is. */
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
    .optional(),
  /** When we last read this source, if not on the guide's (or operator's) lastChecked date. */
  checked: isoDate.optional(),
  quotes: z.array(quoteSchema).optional(),
});

export const guideFrontmatterSchema = z
  .object({
    title: z.string().min(3).max(120),
    summary: z.string().min(10).max(300),
    updated: isoDate,
    lastChecked: isoDate,
    order: z.number().int().nonnegative(),
    operator: z.string().min(1).optional(),
    tags: z.array(z.string().min(1)).default([]),
    sources: z.array(sourceSchema).min(1, "a guide needs at least one source"),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.sources.forEach((source, index) => {
      if (seen.has(source.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["sources", index, "id"],
          message: `duplicate source id "${source.id}"`,
        });
      }
      seen.add(source.id);
    });
  });

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;
export type GuideSource = z.infer<typeof sourceSchema>;
