import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readGuides } from "./read-guides";

const root = mkdtempSync(path.join(tmpdir(), "si-opp-content-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function guide(order: number | string) {
  return `---\ntitle: Guide ${order}\nsummary: A summary that is long enough.\nupdated: 2026-11-01\nlastChecked: 2026-11-01\norder: ${order}\nsources:\n  - id: s\n    title: Source\n    url: https://nkom.no/\n---\n## Part {#part}\n<SourceList />\n`;
}

describe("readGuides", () => {
  it("reads .mdx files of one locale in display order", async () => {
    mkdirSync(path.join(root, "guides", "en"), { recursive: true });
    writeFileSync(path.join(root, "guides", "en", "b.mdx"), guide(2));
    writeFileSync(path.join(root, "guides", "en", "a.mdx"), guide(1));
    writeFileSync(path.join(root, "guides", "en", "notes.txt"), "ignored");
    const guides = await readGuides("en", root);
    expect(guides.map((g) => g.slug)).toEqual(["a", "b"]);
  });

  it("returns nothing for a locale without content", async () => {
    expect(await readGuides("nb", root)).toEqual([]);
  });

  it("fails on a malformed file, naming it and the field (this is what stops the build)", async () => {
    mkdirSync(path.join(root, "guides", "zh"), { recursive: true });
    writeFileSync(path.join(root, "guides", "zh", "bad.mdx"), guide("first"));
    await expect(readGuides("zh", root)).rejects.toThrow(
      /guides\/zh\/bad\.mdx: frontmatter field "order"/,
    );
  });
});
