import { z } from "zod";
import { isoDate } from "@/lib/content/guide-schema";
import { isLetterField, letterFlags, letterKinds, placeholdersIn } from "./fields";

const condition = z.string().refine((c) => {
  const [type, name] = c.split(":");
  return (
    (type === "has" && !!name && isLetterField(name)) ||
    (type === "is" && (letterFlags as readonly string[]).includes(name ?? ""))
  );
}, "must be has:<field> or is:<flag> with a known field or flag");

/** One paragraph: the Norwegian text and its meaning in every site language. */
const paragraph = z
  .object({ when: z.array(condition).default([]), attach: z.boolean().default(false) })
  .catchall(z.string().min(1));

const basisSchema = z.object({
  title: z.record(z.string(), z.string().min(3)),
  url: z.url({ protocol: /^https$/ }),
  checked: isoDate,
});

export const letterTemplateSchema = z
  .object({
    kind: z.enum(letterKinds),
    /** Bumped whenever what the letter says changes; prepared letters record it. */
    version: z.number().int().positive(),
    reviewed: isoDate,
    subject: z.record(z.string(), z.string().min(3)),
    /** The law and the official pages the letter relies on, cited like guide facts. */
    basis: z.array(basisSchema).min(1),
    paragraphs: z.array(paragraph).min(2),
  })
  .strict()
  .superRefine((t, ctx) => {
    t.paragraphs.forEach((p, index) => {
      for (const [lang, text] of Object.entries(p)) {
        if (lang === "when" || lang === "attach" || typeof text !== "string") continue;
        const unknown = placeholdersIn(text).filter((name) => !isLetterField(name));
        if (unknown.length)
          ctx.addIssue({
            code: "custom",
            path: ["paragraphs", index, lang],
            message: `unknown placeholder ${unknown.map((u) => `{${u}}`).join(", ")}`,
          });
      }
    });
  });

export type LetterTemplate = z.infer<typeof letterTemplateSchema>;
export type LetterParagraph = LetterTemplate["paragraphs"][number];
export type LetterBasis = LetterTemplate["basis"][number];
