import type { ParsedGuide } from "@/lib/content/parse-guide";
import { operatorSections, type Operator, type OperatorCommon } from "@/lib/content/operator-schema";

export type SearchDocument = { id: string; href: string; title: string; summary: string; headings: string; body: string };

/** Guide text without frontmatter, MDX tags, heading ids or Markdown punctuation. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/\{#[a-z0-9-]+\}/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_>`|-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function guideDocuments(locale: string, guides: ParsedGuide[]): SearchDocument[] {
  return guides.map((guide) => ({
    id: `guide:${guide.slug}`,
    href: `/${locale}/guides/${guide.slug}`,
    title: guide.frontmatter.title,
    summary: guide.frontmatter.summary,
    headings: guide.headings.map((h) => h.text).join(" "),
    body: plainText(guide.body),
  }));
}

export function operatorDocuments(
  locale: string,
  operators: Operator[],
  common: OperatorCommon,
  words: { title: (name: string) => string; summary: (name: string) => string; headings: string[] },
): SearchDocument[] {
  return operators.map((operator) => {
    const fill = (text: string) => text.replaceAll("{name}", operator.name).replaceAll("{phone}", operator.phone?.display ?? "");
    const facts = operatorSections.flatMap((s) => [...operator.sections[s], ...common.sections[s]]);
    return {
      id: `operator:${operator.id}`,
      href: `/${locale}/operators/${operator.id}`,
      title: words.title(operator.name),
      summary: words.summary(operator.name),
      headings: words.headings.join(" "),
      body: [operator.name, operator.phone?.display ?? "", ...facts.map((f) => fill(f.text[locale] ?? ""))].join(" "),
    };
  });
}
