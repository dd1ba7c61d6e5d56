/**
 * English query words: the little words that say nothing about the topic, and groups of words
 * readers use for the same thing. Each group is a query someone typed that found the wrong page
 * or nothing (lib/search/relevance-queries.json). Kept small and literal, like the Chinese list
 * in synonyms.ts; whole words only (a prefix still matches "employer" → "employers").
 */
const stopWords = new Set(
  "a an and are as at away be can d do does did for from has have how i in is it its ll m me my of on or our re s so t that the their them then there this to ve was we what when where which who why will with you your".split(
    " ",
  ),
);

const wordGroups: readonly (readonly string[])[] = [
  ["employer", "job", "company", "boss", "workplace"],
  ["paid", "pay", "pays", "paying", "payment"],
  ["died", "dead", "death", "deceased", "passed", "estate"],
  ["credit", "balance", "saldo", "topup"],
  ["charged", "billed", "bill", "invoice", "invoiced"],
  ["cancel", "cancelled", "canceled", "cancelling", "cancellation", "terminate"],
  ["keep", "keeping", "port", "porting", "transfer"],
  ["swap", "hijack", "hijacked", "hijacking", "stolen", "takeover"],
  ["router", "modem", "equipment"],
  ["withdraw", "withdrawal", "angrerett", "regret"],
  ["leaving", "leave", "moving", "emigrate", "abroad"],
];
const groupOf = new Map(wordGroups.flatMap((group) => group.map((word) => [word, group] as const)));

/** The topic words of a query: without the little words, unless that leaves nothing. */
export function withoutStopWords(terms: string[]): string[] {
  const kept = terms.filter((term) => !stopWords.has(term));
  return kept.length ? kept : terms;
}

/** Other words for the same thing as `term` (none for a word in no group). */
export function englishSynonyms(term: string): readonly string[] {
  return (groupOf.get(term) ?? []).filter((word) => word !== term);
}
