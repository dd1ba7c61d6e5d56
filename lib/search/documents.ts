import { headingIdSuffix } from "@/lib/content/headings";
import { operatorSections, type Operator } from "@/lib/content/operator-schema";
import type { ParsedGuide } from "@/lib/content/parse-guide";

/**
 * One searchable passage: a page's opening (title and summary) or one of its sections. Results
 * link to the section that matched and quote it; `page` groups a page's passages so one page
 * appears once.
 */
export type SearchDocument = {
  id: string;
  page: string;
  href: string;
  title: string;
  section: string;
  summary: string;
  body: string;
  /**
   * The section heading is a label every page of its kind shares ("Binding period" on each
   * operator page): shown with the result, not searched, or each operator would match every
   * general question by its headings alone.
   */
  sharedHeading?: true;
};

/** Guide text without MDX tags, heading ids or Markdown punctuation. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/\{#[a-z0-9-]+\}/g, " ")
    .replace(/<Term\s+no="([^"]*)"[^>]*>/g, "$1 ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_>`|]+/g, " ")
    .replace(/(^|\s)-(?=\s)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Splits a guide body at its h2/h3 headings: the text before the first, then each section. */
function sections(body: string): { id: string | null; heading: string; text: string }[] {
  const parts: { id: string | null; heading: string; lines: string[] }[] = [
    { id: null, heading: "", lines: [] },
  ];
  for (const line of body.split("\n")) {
    const heading = /^#{2,3}\s+(.+)$/.exec(line);
    const id = heading ? headingIdSuffix.exec(heading[1]!)?.[1] : undefined;
    if (heading && id)
      parts.push({ id, heading: heading[1]!.replace(headingIdSuffix, "").trim(), lines: [] });
    else parts.at(-1)!.lines.push(line);
  }
  // The opening stays even when the body starts with a heading: it carries the page's title and
  // summary, and every section's result shows that title.
  return parts.map((p) => ({
    id: p.id,
    heading: p.heading,
    text: plainText(p.lines.join("\n")),
  }));
}

export function guideDocuments(locale: string, guides: ParsedGuide[]): SearchDocument[] {
  return guides.flatMap((guide) => {
    const page = `guide:${guide.slug}`;
    const href = `/${locale}/guides/${guide.slug}`;
    const { title, summary } = guide.frontmatter;
    return sections(guide.body).map((s) => ({
      id: s.id ? `${page}#${s.id}` : page,
      page,
      href: s.id ? `${href}#${s.id}` : href,
      title: s.id ? "" : title,
      section: s.heading,
      summary: s.id ? "" : summary,
      body: s.text,
    }));
  });
}

/**
 * Operator pages: their opening (the name and title, not the summary, which is the same
 * sentence on every operator page and would crowd out the guides) and one passage per section,
 * with the operator's own facts only: the general rules every operator page repeats (from
 * _common.json) would make every operator match every general question, ten times over. The
 * guides carry those rules once.
 */
export function operatorDocuments(
  locale: string,
  operators: Operator[],
  words: {
    title: (name: string) => string;
    headings: Record<(typeof operatorSections)[number], string>;
  },
): SearchDocument[] {
  return operators.flatMap((operator) => {
    const page = `operator:${operator.id}`;
    const href = `/${locale}/operators/${operator.id}`;
    const fill = (text: string) =>
      text.replaceAll("{name}", operator.name).replaceAll("{phone}", operator.phone?.display ?? "");
    const opening: SearchDocument = {
      id: page,
      page,
      href,
      title: words.title(operator.name),
      section: "",
      summary: "",
      body: [operator.name, operator.phone?.display ?? ""].join(" "),
    };
    return [
      opening,
      ...operatorSections.map((s) => ({
        id: `${page}#${s}`,
        page,
        href: `${href}#${s}`,
        title: "",
        section: words.headings[s],
        sharedHeading: true as const,
        summary: "",
        body: operator.sections[s].map((f) => fill(f.text[locale] ?? "")).join(" "),
      })),
    ];
  });
}
