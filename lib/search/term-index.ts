import { tokenize } from "./tokenize";

/**
 * An inverted index sized to its corpus: one sorted array of the distinct terms and typed arrays
 * of postings, instead of a map per term and field (the general-purpose library it replaces held
 * ~57× the text's size on the heap for ~3,000 terms). The documents are kept by reference, not
 * copied. Scoring is BM25+ per field with field boosts, like the library it replaces, so results
 * rank the same way.
 */
export type TermIndex<Doc> = {
  docs: readonly Doc[];
  fields: readonly FieldSpec<Doc>[];
  /** Distinct terms, sorted, so exact and prefix lookups are binary searches. */
  terms: readonly string[];
  /** Postings of term i are entries postingStart[i] … postingStart[i + 1] - 1. */
  postingStart: Uint32Array;
  /** Per posting: document number × fields.length + field number. */
  postingDocField: Uint32Array;
  /** Per posting: how often the term occurs in that field of that document. */
  postingCount: Uint16Array;
  /** Distinct terms per document and field (document × fields.length + field). */
  fieldLength: Uint16Array;
  averageFieldLength: Float64Array;
};

export type FieldSpec<Doc> = { read: (doc: Doc) => string; boost: number };

/**
 * How a query term may also match longer terms (prefix), near misses (typos) and other words for
 * the same thing (synonyms: a match of one covers the query term, at a lower weight).
 */
export type TermOptions = {
  prefix: (term: string) => boolean;
  maxTypos: (term: string) => number;
  synonyms?: (term: string) => readonly string[];
};

export type TermHit<Doc> = {
  doc: Doc;
  score: number;
  /** The query's terms this document matched. */
  queryTerms: string[];
  /**
   * How much of the query it matched: each query term counts 1, or less when only a synonym of
   * it matched, so a passage in the reader's own words ranks above one in other words.
   */
  covered: number;
  /** The document's terms that matched them (for quoting the passage). */
  docTerms: string[];
};

export function buildTermIndex<Doc>(
  docs: readonly Doc[],
  fields: readonly FieldSpec<Doc>[],
): TermIndex<Doc> {
  const width = fields.length;
  const fieldLength = new Uint16Array(docs.length * width);
  const counts = new Map<string, Map<number, number>>();
  docs.forEach((doc, d) => {
    fields.forEach((field, f) => {
      const tokens = tokenize(field.read(doc));
      const slot = d * width + f;
      for (const token of tokens) {
        let postings = counts.get(token);
        if (!postings) counts.set(token, (postings = new Map()));
        postings.set(slot, (postings.get(slot) ?? 0) + 1);
      }
      fieldLength[slot] = Math.min(new Set(tokens).size, 0xffff);
    });
  });

  const terms = [...counts.keys()].sort();
  const total = terms.reduce((n, term) => n + counts.get(term)!.size, 0);
  const postingStart = new Uint32Array(terms.length + 1);
  const postingDocField = new Uint32Array(total);
  const postingCount = new Uint16Array(total);
  let at = 0;
  terms.forEach((term, i) => {
    postingStart[i] = at;
    for (const [slot, count] of counts.get(term)!) {
      postingDocField[at] = slot;
      postingCount[at++] = Math.min(count, 0xffff);
    }
  });
  postingStart[terms.length] = at;
  // The per-term maps are scaffolding: drop them now rather than trust that nothing (an engine
  // handle, a closure's context) keeps the outer map reachable for the index's lifetime.
  counts.clear();

  const averageFieldLength = new Float64Array(width);
  for (let f = 0; f < width; f++) {
    let sum = 0;
    for (let d = 0; d < docs.length; d++) sum += fieldLength[d * width + f]!;
    averageFieldLength[f] = docs.length ? sum / docs.length : 0;
  }
  return {
    docs,
    fields,
    terms,
    postingStart,
    postingDocField,
    postingCount,
    fieldLength,
    averageFieldLength,
  };
}

// Weights of derived matches against an exact one (1), and BM25+ parameters: the values of the
// library this replaced, so the ranking the search tests pin down stays the same.
const prefixWeight = 0.375;
const typoWeight = 0.45;
// Below an exact match, so a passage in the reader's own words ranks first.
const synonymWeight = 0.7;
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Every document matching any of the query's terms (OR, as `tokenize` gives them), scored and with what matched. */
export function matchTerms<Doc>(
  index: TermIndex<Doc>,
  queryTerms: ReadonlySet<string>,
  options: TermOptions,
  /** What each query term is worth in `covered` (default 1 each). */
  weights?: ReadonlyMap<string, number>,
): TermHit<Doc>[] {
  const found = new Map<number, Found>();
  for (const queryTerm of queryTerms) {
    const own = derivedTerms(index, queryTerm, options);
    for (const [termNumber, weight] of own)
      addPostings(
        index,
        termNumber,
        weight,
        queryTerm,
        coverageOf(queryTerm, index.terms[termNumber]!),
        found,
      );
    // A synonym counts as itself only: through a typo or a prefix of it ("estate" → "state")
    // it would be a guess about a guess.
    for (const synonym of options.synonyms?.(queryTerm) ?? []) {
      const termNumber = exactTerm(index, synonym);
      if (termNumber !== null && !own.has(termNumber))
        addPostings(index, termNumber, synonymWeight, queryTerm, synonymWeight, found);
    }
  }
  return [...found].map(([d, hit]) => ({
    doc: index.docs[d]!,
    // Documents matching more of the query's terms rank higher, as in the library this replaced.
    score: hit.score * hit.queryTerms.size,
    queryTerms: [...hit.queryTerms.keys()],
    covered: [...hit.queryTerms].reduce((sum, [term, c]) => sum + c * (weights?.get(term) ?? 1), 0),
    docTerms: [...hit.docTerms],
  }));
}

/**
 * How much a matched term covers the query term: fully when it is the same word; a longer word
 * it begins covers the share of it that was typed (at least half: "oper" for "operator", but
 * "dead" only half of "deadline"); a near miss most of it.
 */
function coverageOf(queryTerm: string, matched: string): number {
  if (matched === queryTerm) return 1;
  if (matched.startsWith(queryTerm)) return Math.max(0.5, queryTerm.length / matched.length);
  return 0.8;
}

/** The index's terms a query term matches, with the weight of each: exact, prefix, or within typos. */
function derivedTerms(
  index: Pick<TermIndex<unknown>, "terms">,
  term: string,
  options: TermOptions,
): Map<number, number> {
  const matches = new Map<number, number>();
  const first = lowerBound(index.terms, term);
  if (index.terms[first] === term) matches.set(first, 1);
  if (options.prefix(term)) {
    for (let i = first; i < index.terms.length && index.terms[i]!.startsWith(term); i++) {
      const candidate = index.terms[i]!;
      const distance = candidate.length - term.length;
      if (distance > 0)
        matches.set(i, (prefixWeight * candidate.length) / (candidate.length + 0.3 * distance));
    }
  }
  const maxTypos = options.maxTypos(term);
  if (maxTypos > 0) {
    index.terms.forEach((candidate, i) => {
      if (matches.has(i) || Math.abs(candidate.length - term.length) > maxTypos) return;
      const distance = editDistance(term, candidate, maxTypos);
      if (distance > 0 && distance <= maxTypos)
        matches.set(i, (typoWeight * candidate.length) / (candidate.length + distance));
    });
  }
  return matches;
}

type Found = { score: number; queryTerms: Map<string, number>; docTerms: Set<string> };

function addPostings<Doc>(
  index: TermIndex<Doc>,
  termNumber: number,
  weight: number,
  queryTerm: string,
  coverage: number,
  found: Map<number, Found>,
): void {
  const width = index.fields.length;
  const from = index.postingStart[termNumber]!;
  const to = index.postingStart[termNumber + 1]!;
  // Documents with the term per field: the rarer the term in a field, the more a match there counts.
  const inField = new Uint32Array(width);
  for (let p = from; p < to; p++) inField[index.postingDocField[p]! % width]!++;
  for (let p = from; p < to; p++) {
    const slot = index.postingDocField[p]!;
    const field = slot % width;
    const doc = (slot - field) / width;
    const raw = bm25Score(
      index.postingCount[p]!,
      inField[field]!,
      index.docs.length,
      index.fieldLength[slot]!,
      index.averageFieldLength[field]!,
    );
    let hit = found.get(doc);
    if (!hit) found.set(doc, (hit = { score: 0, queryTerms: new Map(), docTerms: new Set() }));
    hit.score += weight * index.fields[field]!.boost * raw;
    hit.queryTerms.set(queryTerm, Math.max(hit.queryTerms.get(queryTerm) ?? 0, coverage));
    hit.docTerms.add(index.terms[termNumber]!);
  }
}

function bm25Score(
  count: number,
  docsWithTerm: number,
  docCount: number,
  fieldLength: number,
  averageFieldLength: number,
): number {
  const { k, b, d } = bm25;
  const inverseDocumentFrequency = Math.log(
    1 + (docCount - docsWithTerm + 0.5) / (docsWithTerm + 0.5),
  );
  return (
    inverseDocumentFrequency *
    (d + (count * (k + 1)) / (count + k * (1 - b + (b * fieldLength) / averageFieldLength)))
  );
}

/** The term's number in the index, or null when no document has it. */
function exactTerm(index: Pick<TermIndex<unknown>, "terms">, term: string): number | null {
  const i = lowerBound(index.terms, term);
  return index.terms[i] === term ? i : null;
}

/**
 * How telling a term is: the inverse document frequency of the documents that contain it exactly
 * (a word on every page tells little), or null when no document does.
 */
export function termRarity<Doc>(index: TermIndex<Doc>, term: string): number | null {
  const i = exactTerm(index, term);
  if (i === null) return null;
  const width = index.fields.length;
  const docs = new Set<number>();
  for (let p = index.postingStart[i]!; p < index.postingStart[i + 1]!; p++)
    docs.add(Math.floor(index.postingDocField[p]! / width));
  return Math.log(1 + (index.docs.length - docs.size + 0.5) / (docs.size + 0.5));
}

/** The first position in a sorted array whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Levenshtein distance, giving up (returning max + 1) once every path is over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
