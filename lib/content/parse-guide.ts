import { parse as parseYaml } from "yaml";
import { guideFrontmatterSchema, type GuideFrontmatter } from "./guide-schema";
import { extractHeadings, type GuideHeading } from "./headings";

export type ParsedGuide = {
  slug: string;
  locale: string;
  frontmatter: GuideFrontmatter;
  body: string;
  headings: GuideHeading[];
  citedSourceIds: string[];
};

/** A content mistake that must stop the build, naming the file and what is wrong. */
export class GuideContentError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join("; ")}`);
    this.name = "GuideContentError";
  }
}

const citePattern = /<Cite\s+id="([^"]+)"\s*\/>/g;

/**
 * Parses one guide file: YAML frontmatter checked against the schema, section ids present on
 * every h2/h3, and every `<Cite id>` pointing at a declared source. Pure, so it is unit-tested
 * and used by both the site and the content checks.
 */
export function parseGuide(input: {
  file: string;
  slug: string;
  locale: string;
  raw: string;
}): ParsedGuide {
  const { file, slug, locale, raw } = input;
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!match)
    throw new GuideContentError(file, ["missing frontmatter block (--- … ---) at the top"]);

  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    throw new GuideContentError(file, [
      `frontmatter is not valid YAML: ${(error as Error).message}`,
    ]);
  }

  const result = guideFrontmatterSchema.safeParse(data);
  if (!result.success) {
    throw new GuideContentError(
      file,
      result.error.issues.map(
        (issue) => `frontmatter field "${issue.path.join(".") || "(root)"}": ${issue.message}`,
      ),
    );
  }

  const body = match[2]!;
  const { headings, missingIds } = extractHeadings(body);
  const problems = missingIds.map((line) => `heading without a {#id}: "${line}"`);

  const declared = new Set(result.data.sources.map((source) => source.id));
  const citedSourceIds = [...body.matchAll(citePattern)].map((m) => m[1]!);
  for (const id of new Set(citedSourceIds)) {
    if (!declared.has(id)) problems.push(`<Cite id="${id}" /> has no matching entry in sources`);
  }
  const sourceLists = body.match(/<SourceList\s*\/>/g)?.length ?? 0;
  if (sourceLists !== 1)
    problems.push(`<SourceList /> must appear exactly once (found ${sourceLists})`);
  const duplicateIds = headings.map((h) => h.id).filter((id, i, all) => all.indexOf(id) !== i);
  for (const id of new Set(duplicateIds)) problems.push(`section id "${id}" is used twice`);

  if (problems.length > 0) throw new GuideContentError(file, problems);
  return { slug, locale, frontmatter: result.data, body, headings, citedSourceIds };
}
