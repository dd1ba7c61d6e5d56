import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelBasis, type CaseRecord } from "@/lib/tracker/case-model";
import { caseSearchText } from "@/lib/tracker/case-search";
import { randomCase } from "@/test/random-cases";
import { caseModelVersion } from "./case-model-columns";

/**
 * The stored case-model columns are rewritten at start-up only when `caseModelVersion` changes.
 * A change to the rules that forgets the bump leaves every stored row on the old rules, and the
 * dashboard quietly disagrees with the case page. This pins what the rules give on 2,000 fixed
 * random cases to the version: change the rules and this fails until both are updated.
 */
// Version 4 added the search column (lib/tracker/case-search.ts); the rules did not change.
const pinned = { version: 4, digest: "181928d5f170ca8a", search: "d9f1110d3ac578fa" };

/** The search column of fixed random texts: a change to `caseSearchText` moves it too. */
const word = fc.constantFrom(
  "Pappas",
  "ØDEGÅRD",
  "work",
  "妈妈",
  "２２",
  "22 33",
  "24.12",
  "(22)",
  "-",
  "a/b",
);
const text = fc.array(word, { maxLength: 6 }).map((words) => words.join(" "));
const searchable = fc.record({
  nickname: fc.option(text, { nil: null }),
  provider: fc.constantFrom("telia", "other"),
  providerName: fc.option(text, { nil: null }),
  phoneNumber: fc.constantFrom("+4791234567", "+46701234567"),
  customerNumber: fc.option(text, { nil: null }),
  confirmationReference: fc.option(text, { nil: null }),
  notes: fc.option(text, { nil: null }),
});

function searchDigest(): string {
  const hash = createHash("sha256");
  for (const c of fc.sample(searchable, { seed: 20261204, numRuns: 2000 }))
    hash.update(caseSearchText(c));
  return hash.digest("hex").slice(0, 16);
}

function basisDigest(): string {
  const samples = fc.sample(randomCase, { seed: 20261204, numRuns: 2000 });
  const hash = createHash("sha256");
  for (const r of samples) {
    const record: CaseRecord = { ...r, createdAt: `${r.today}T08:00:00.000Z` };
    hash.update(JSON.stringify(modelBasis(record, r)));
  }
  return hash.digest("hex").slice(0, 16);
}

describe("the case model's stored columns", () => {
  it("are rewritten when the rules change: caseModelVersion moves with what modelBasis gives", () => {
    const digest = basisDigest();
    const search = searchDigest();
    const hint = `modelBasis now gives ${digest}, caseSearchText ${search}. If you changed the rules on purpose, bump caseModelVersion in lib/data/case-model-columns.ts and pin { version, digest, search } here.`;
    expect({ version: caseModelVersion, digest, search }, hint).toEqual(pinned);
  });
});
