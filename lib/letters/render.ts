import { dateTimeFormat } from "@/lib/intl-cache";
import { formatPhone } from "@/lib/tracker/phone";
import {
  letterFields,
  letterLanguage,
  placeholdersIn,
  type LetterField,
  type LetterFlag,
} from "./fields";
import type { LetterParagraph, LetterTemplate } from "./template-schema";

/** What a letter is filled from: raw values (dates as YYYY-MM-DD, phone as E.164) and flags. */
export type LetterFacts = {
  values: Partial<Record<LetterField, string>>;
  flags: Partial<Record<LetterFlag, boolean>>;
};

/** A letter in every language: text blocks (a signature block is one block with line breaks). */
export type RenderedLetter = {
  subject: Record<string, string>;
  paragraphs: Record<string, string>[];
};
export type RenderResult = ({ ok: true } & RenderedLetter) | { ok: false; missing: LetterField[] };

/**
 * Fills a template. A paragraph is included when all its conditions hold; every placeholder in
 * an included paragraph (or the subject) must then have a value — if any has none, the result
 * lists what is missing instead of a letter, so the page can ask for it. User text is inserted
 * once, never expanded again: a `{fullName}` typed into the details stays as typed.
 */
export function renderLetter(
  template: LetterTemplate,
  facts: LetterFacts,
  languageTags: Record<string, string>,
): RenderResult {
  const included = template.paragraphs.filter((p) => p.when.every((c) => holds(c, facts)));
  const needed = new Set([
    ...placeholdersIn(template.subject[letterLanguage] ?? ""),
    ...included.flatMap((p) => placeholdersIn(p[letterLanguage] ?? "")),
  ]);
  const missing = [...needed].filter(
    (name) => !hasValue(facts, name as LetterField),
  ) as LetterField[];
  if (missing.length) return { ok: false, missing };

  const languages = Object.keys(languageTags);
  const fill = (text: string, lang: string) =>
    text.replace(/\{([A-Za-z]+)\}/g, (_, name: LetterField) =>
      formatValue(name, facts.values[name]!, languageTags[lang]!),
    );
  const paragraphs: Record<string, string>[] = [];
  for (const p of included) {
    const block = Object.fromEntries(languages.map((lang) => [lang, fill(textOf(p, lang), lang)]));
    const previous = paragraphs.at(-1);
    if (p.attach && previous)
      for (const lang of languages) previous[lang] = `${previous[lang]}\n${block[lang]}`;
    else paragraphs.push(block);
  }
  return {
    ok: true,
    subject: Object.fromEntries(
      languages.map((lang) => [lang, fill(template.subject[lang]!, lang)]),
    ),
    paragraphs,
  };
}

/** The letter as plain text in one language: blocks separated by a blank line. */
export function letterText(paragraphs: Record<string, string>[], lang: string): string {
  return paragraphs.map((p) => p[lang] ?? "").join("\n\n");
}

function textOf(p: LetterParagraph, lang: string): string {
  const text = (p as Record<string, unknown>)[lang];
  if (typeof text !== "string") throw new Error(`letter paragraph without "${lang}" text`); // read-letters rejects these at load
  return text;
}

function hasValue(facts: LetterFacts, name: LetterField): boolean {
  const value = facts.values[name];
  return typeof value === "string" && value.trim() !== "";
}

function holds(condition: string, facts: LetterFacts): boolean {
  const [type, name] = condition.split(":") as [string, string];
  return type === "has"
    ? hasValue(facts, name as LetterField)
    : facts.flags[name as LetterFlag] === true;
}

function formatValue(name: LetterField, value: string, tag: string): string {
  switch (letterFields[name]) {
    case "date":
      return dateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${value}T00:00:00Z`),
      );
    case "phone":
      return formatPhone(value);
    case "amount":
      return formatKroner(Number(value), tag);
    case "account":
      // Norwegian account numbers are written 1234 56 78903, an IBAN in groups of four.
      return /^\d{11}$/.test(value)
        ? `${value.slice(0, 4)} ${value.slice(4, 6)} ${value.slice(6)}`
        : value.replace(/(.{4})(?=.)/g, "$1 ");
    default:
      return value;
  }
}

/**
 * Kroner as each language writes them: Norwegian "kr 1 249,50" (the currency first, as
 * Språkrådet recommends, though the locale data puts it last), otherwise "NOK 1,249.50".
 * Whole amounts have no decimals ("kr 99").
 */
function formatKroner(amount: number, tag: string): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return tag.startsWith("nb") || tag.startsWith("no")
    ? `kr ${new Intl.NumberFormat(tag, options).format(amount)}`
    : new Intl.NumberFormat(tag, {
        ...options,
        style: "currency",
        currency: "NOK",
        currencyDisplay: "code",
      }).format(amount);
}
