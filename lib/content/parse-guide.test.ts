import { describe, expect, it } from "vitest";
import { GuideContentError, parseGuide } from "./parse-guide";

const frontmatter = `title: A guide
summary: What this guide is about, in one line.
updated: 2026-11-25
lastChecked: 2026-11-20
order: 2
sources:
  - id: nkom
    title: Nkom page
    url: https://nkom.no/page`;

const body = `Intro.<Cite id="nkom" />

## First part {#first}

Text.

### Detail {#detail}

<SourceList />
`;

function parse(raw: string) {
  return parseGuide({ file: "content/guides/en/a-guide.mdx", slug: "a-guide", locale: "en", raw });
}

function errorOf(raw: string): string {
  try {
    parse(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(GuideContentError);
    return (error as Error).message;
  }
  throw new Error("expected parseGuide to throw");
}

describe("parseGuide", () => {
  it("parses frontmatter, section ids and citations", () => {
    const guide = parse(`---\n${frontmatter}\n---\n${body}`);
    expect(guide.frontmatter.title).toBe("A guide");
    expect(guide.frontmatter.tags).toEqual([]);
    expect(guide.headings).toEqual([
      { depth: 2, text: "First part", id: "first" },
      { depth: 3, text: "Detail", id: "detail" },
    ]);
    expect(guide.citedSourceIds).toEqual(["nkom"]);
  });

  it("names the file and the field when frontmatter is wrong", () => {
    const message = errorOf(
      `---\n${frontmatter.replace("https://nkom.no/page", "not a url")}\n---\n${body}`,
    );
    expect(message).toContain("content/guides/en/a-guide.mdx");
    expect(message).toContain('"sources.0.url"');
  });

  it("rejects impossible dates and unknown fields", () => {
    const message = errorOf(
      `---\n${frontmatter.replace("2026-11-25", "2026-02-30")}\nauthor: me\n---\n${body}`,
    );
    expect(message).toContain('"updated": is not a real calendar date');
    expect(message).toMatch(/author/);
  });

  it("rejects a missing required field", () => {
    expect(errorOf(`---\n${frontmatter.replace(/^summary:.*$/m, "")}\n---\n${body}`)).toContain(
      '"summary"',
    );
  });

  it("rejects a file without frontmatter or with broken YAML", () => {
    expect(errorOf(body)).toContain("missing frontmatter");
    expect(errorOf(`---\ntitle: [unclosed\n---\n${body}`)).toContain("not valid YAML");
  });

  it("requires an id on every section heading", () => {
    expect(errorOf(`---\n${frontmatter}\n---\n${body}\n## No id here\n`)).toContain(
      'heading without a {#id}: "## No id here"',
    );
  });

  it("ignores heading-like lines inside code fences", () => {
    const guide = parse(`---\n${frontmatter}\n---\n${body}\n\`\`\`\n## not a heading\n\`\`\`\n`);
    expect(guide.headings).toHaveLength(2);
  });

  it("rejects a citation of an undeclared source and duplicate ids", () => {
    expect(errorOf(`---\n${frontmatter}\n---\n${body}<Cite id="nope" />`)).toContain(
      '<Cite id="nope" /> has no matching entry',
    );
    expect(errorOf(`---\n${frontmatter}\n---\n${body}\n## Again {#first}\n`)).toContain(
      'section id "first" is used twice',
    );
    const twice = frontmatter + "\n  - id: nkom\n    title: Again\n    url: https://nkom.no/other";
    expect(errorOf(`---\n${twice}\n---\n${body}`)).toContain('duplicate source id "nkom"');
  });

  it("requires exactly one <SourceList />", () => {
    expect(errorOf(`---\n${frontmatter}\n---\n${body.replace("<SourceList />", "")}`)).toContain(
      "found 0",
    );
  });
});
