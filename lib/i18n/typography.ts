/**
 * Punctuation that differs between the site's languages. Chinese text takes full-width
 * brackets with no space before them, lists joined with 、, and a term's meaning first with the
 * Norwegian word after it in brackets; English takes "word (meaning)" with ASCII brackets.
 */
const fullWidth = new Set(["zh"]);

export function usesFullWidthPunctuation(locale: string): boolean {
  return fullWidth.has(locale);
}

/** `text` in brackets, as an aside after what precedes it: " (text)" or "（text）". */
export function aside(text: string, locale: string): string {
  return usesFullWidthPunctuation(locale) ? `（${text}）` : ` (${text})`;
}

/** A short enumeration: "a, b, c" or "a、b、c". */
export function enumerate(items: readonly string[], locale: string): string {
  return items.join(usesFullWidthPunctuation(locale) ? "、" : ", ");
}
