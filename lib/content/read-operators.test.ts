import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readOperators } from "./read-operators";

let root = "";
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** A copy of the real operator data with one file changed. */
type Facts = Record<string, { text: Record<string, string>; source: string | null }[]>;
type OperatorJson = {
  sections: Facts;
  lastChecked: string;
  sources: { id: string; title: Record<string, string> }[];
  notice: { billsToEndOfInvoicePeriod?: { source: string } } | null;
};

function withChangedOperator(id: string, change: (data: OperatorJson) => void) {
  root = mkdtempSync(path.join(tmpdir(), "si-opp-operators-"));
  cpSync(path.join(process.cwd(), "content", "operators"), path.join(root, "operators"), {
    recursive: true,
  });
  const file = path.join(root, "operators", `${id}.json`);
  const data = JSON.parse(readFileSync(file, "utf8"));
  change(data);
  writeFileSync(file, JSON.stringify(data));
  return root;
}

describe("readOperators", () => {
  it("reads the real data in display order", async () => {
    const { operators } = await readOperators();
    expect(operators[0]?.id).toBe("telenor");
  });

  it("rejects a fact citing a source that is not declared", async () => {
    const dir = withChangedOperator(
      "ice",
      (d) => (d.sections["who-runs-it"]![0]!.source = "made-up"),
    );
    await expect(readOperators(dir)).rejects.toThrow(
      /ice\.json: sections\.who-runs-it\.0: unknown source "made-up"/,
    );
  });

  it("rejects a source without a title in every locale, and an unknown billing source", async () => {
    const dir = withChangedOperator("ice", (d) => delete d.sources[0]!.title.zh);
    await expect(readOperators(dir)).rejects.toThrow(/ice\.json: source "[a-z-]+": no "zh" title/);
    rmSync(dir, { recursive: true, force: true });
    const dir2 = withChangedOperator(
      "ice",
      (d) => (d.notice!.billsToEndOfInvoicePeriod = { source: "made-up" }),
    );
    await expect(readOperators(dir2)).rejects.toThrow(/unknown source "made-up"/);
  });

  it("rejects a fact missing a language", async () => {
    const dir = withChangedOperator("ice", (d) => delete d.sections["who-runs-it"]![0]!.text.zh);
    await expect(readOperators(dir)).rejects.toThrow(/no "zh" text/);
  });

  it("rejects {phone} where no phone is on record, and a bad field", async () => {
    const dir = withChangedOperator(
      "telia",
      (d) => (d.sections["who-runs-it"]![0]!.text.en = "Call {phone}"),
    );
    await expect(readOperators(dir)).rejects.toThrow(/uses \{phone\} but no phone is on record/);
    rmSync(dir, { recursive: true, force: true });
    const dir2 = withChangedOperator("telia", (d) => (d.lastChecked = "yesterday"));
    await expect(readOperators(dir2)).rejects.toThrow(/telia\.json: field "lastChecked"/);
  });
});
