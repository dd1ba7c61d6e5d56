import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { contentRoot } from "@/lib/content/read-guides";
import { locales } from "@/lib/i18n/locales";
import { memoizeInProduction } from "@/lib/memo";
import { letterKinds, letterLanguage, placeholdersIn, type LetterKind } from "./fields";
import { letterTemplateSchema, type LetterTemplate } from "./template-schema";

export class LetterTemplateError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join("; ")}`);
    this.name = "LetterTemplateError";
  }
}

/**
 * Reads `content/letters/<kind>.yaml` for every kind and checks what the schema cannot: the
 * subject, every paragraph and every source title are written in Norwegian (the letter) and in
 * every site language (its meaning), and each translation uses exactly the placeholders of the
 * Norwegian text, so the meaning never mentions a value the letter leaves out or the reverse.
 */
export async function readLetterTemplates(
  root = contentRoot,
): Promise<Record<LetterKind, LetterTemplate>> {
  const entries = await Promise.all(
    letterKinds.map(async (kind) => [kind, await readTemplate(root, kind)] as const),
  );
  return Object.fromEntries(entries) as Record<LetterKind, LetterTemplate>;
}

async function readTemplate(root: string, kind: LetterKind): Promise<LetterTemplate> {
  const file = path.join(root, "letters", `${kind}.yaml`);
  const relative = path.relative(process.cwd(), file);
  const result = letterTemplateSchema.safeParse(parse(await readFile(file, "utf8")));
  if (!result.success)
    throw new LetterTemplateError(
      relative,
      result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
    );
  const template = result.data;
  const problems: string[] = [];
  if (template.kind !== kind)
    problems.push(`kind is "${template.kind}", the file name says "${kind}"`);
  const languages = [letterLanguage, ...locales];
  const texts: [string, Record<string, unknown>][] = [
    ["subject", template.subject],
    ...template.paragraphs.map(
      (p, i) => [`paragraphs.${i}`, p] as [string, Record<string, unknown>],
    ),
  ];
  for (const [where, text] of texts) {
    const norwegian = String(text[letterLanguage] ?? "");
    for (const lang of languages) {
      const value = text[lang];
      if (typeof value !== "string") {
        problems.push(`${where}: no "${lang}" text`);
        continue;
      }
      const same =
        [...new Set(placeholdersIn(value))].sort().join() ===
        [...new Set(placeholdersIn(norwegian))].sort().join();
      if (!same) problems.push(`${where}.${lang}: placeholders differ from the Norwegian text`);
    }
  }
  template.basis.forEach((b, i) =>
    locales.forEach(
      (lang) => b.title[lang] || problems.push(`basis.${i}.title: no "${lang}" title`),
    ),
  );
  if (problems.length) throw new LetterTemplateError(relative, problems);
  return template;
}

export const getLetterTemplates = memoizeInProduction(() => readLetterTemplates());
