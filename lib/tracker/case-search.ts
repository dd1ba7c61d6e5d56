import { otherOperator } from "./case-list";

/**
 * The dashboard's search, as text rules: what a case's search column holds and what a query
 * becomes. Both sides go through `normalizeForSearch`, so "Ø" finds "ø", full-width digits find
 * ASCII ones, and a number typed "912 34 567" or "+47 912-34-567" finds +4791234567.
 */

/** Most words a query keeps; more only makes the query slower, never better. */
export const maxSearchTerms = 8;
/** Longest word kept, after normalizing (NFKC can make one character several). */
const maxTermLength = 64;
/** Longest query the search form takes (characters). */
export const maxQueryLength = 100;

/** NFKC (full-width forms to plain), lower case, one space between words. */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("nb").replace(/\s+/g, " ").trim();
}

/** A word made only of digits and the marks people type inside numbers: searched as its digits. */
const numberLike = /^[+\d().\-/]*\d[+\d().\-/]*$/;
/** A number written anywhere in a text, with the spaces and marks people put inside numbers. */
const numberInText = /\d(?:[\s+().\-/]*\d)+/g;

/**
 * The words of a query, each to be found somewhere in a case's search column (all of them: more
 * words narrow the list). A number typed in groups ("912 34 567", "+47 912-34-567") is one word
 * of its digits, so its groups must appear together, not anywhere.
 */
export function searchTerms(query: string): string[] {
  const words: string[] = [];
  let previousWasNumber = false;
  for (const word of normalizeForSearch(query.slice(0, maxQueryLength)).split(" ")) {
    if (!word) continue;
    const isNumber = numberLike.test(word);
    const digits = word.replace(/\D/g, "");
    if (isNumber && previousWasNumber) words[words.length - 1] += digits;
    else words.push(isNumber ? digits : word);
    previousWasNumber = isNumber;
  }
  return [...new Set(words.map((word) => word.slice(0, maxTermLength)))].slice(0, maxSearchTerms);
}

export type SearchableCase = {
  nickname: string | null;
  provider: string;
  providerName: string | null;
  phoneNumber: string;
  customerNumber: string | null;
  confirmationReference: string | null;
  notes: string | null;
};

/**
 * A case's search column. The operator is its id (the operator data's ids are its names in lower
 * case) or the name typed for "other"; the number is its digits with the country code, so any
 * run of its digits is found, with or without the 47. Every number written with spaces or marks
 * ("22 33 44", "24.12") is there as written and as its digits, as a query's number is; a
 * customer number or reference with letters is there without its spaces and dashes too.
 */
export function caseSearchText(c: SearchableCase): string {
  const compact = (code: string | null) => {
    const joined = code?.replace(/[\s\-./]/g, "");
    return joined && joined !== code ? joined : null;
  };
  const fields = [
    c.nickname,
    c.provider === otherOperator ? c.providerName : c.provider,
    c.phoneNumber.replace(/\D/g, ""),
    c.customerNumber,
    compact(c.customerNumber),
    c.confirmationReference,
    compact(c.confirmationReference),
    c.notes,
  ].flatMap((field) => (field ? [normalizeForSearch(field)] : []));
  // Field by field, so a number never runs on into the next field.
  const numbers = fields.flatMap((field) =>
    (field.match(numberInText) ?? []).flatMap((run) => {
      const digits = run.replace(/\D/g, "");
      return digits === run ? [] : [digits];
    }),
  );
  return [...fields, ...new Set(numbers.filter((digits) => !fields.includes(digits)))].join(" ");
}
