import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { localizedText } from "./operator-schema";
import { contentRoot } from "./read-guides";

export const glossarySchema = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      term: z.string().min(2),
      meaning: localizedText,
    })
    .strict(),
);
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];

/** Norwegian terms explained in every locale; `<Term no="…">` in a guide links here. */
export function readGlossary(root = contentRoot): GlossaryEntry[] {
  const entries = glossarySchema.parse(
    JSON.parse(readFileSync(path.join(root, "glossary.json"), "utf8")),
  );
  return entries.sort((a, b) => a.term.localeCompare(b.term, "nb"));
}

export function glossaryIdFor(term: string, entries: GlossaryEntry[]): string | null {
  return entries.find((entry) => entry.term.toLowerCase() === term.toLowerCase())?.id ?? null;
}
