import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelBasis, type CaseRecord } from "@/lib/tracker/case-model";
import { randomCase } from "@/test/random-cases";
import { caseModelVersion } from "./case-model-columns";

/**
 * The stored case-model columns are rewritten at start-up only when `caseModelVersion` changes.
 * A change to the rules that forgets the bump leaves every stored row on the old rules, and the
 * dashboard quietly disagrees with the case page. This pins what the rules give on 2,000 fixed
 * random cases to the version: change the rules and this fails until both are updated.
 */
// Version 4 rewrote the rows for the search column (lib/tracker/case-search.ts), not new rules.
const pinned = { version: 4, digest: "181928d5f170ca8a" };

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
    const hint = `modelBasis now gives ${digest}. If you changed the rules on purpose, bump caseModelVersion in lib/data/case-model-columns.ts and pin { version, digest } here.`;
    expect({ version: caseModelVersion, digest }, hint).toEqual(pinned);
  });
});
