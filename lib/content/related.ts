import { generalGuideSlug } from "./guide-slugs";
import type { ParsedGuide } from "./parse-guide";

/**
 * Up to `limit` other guides, those sharing the most tags first (ties in display order). The
 * general guide is always offered from the others, since every case starts there.
 */
export function relatedGuides(guide: ParsedGuide, all: ParsedGuide[], limit = 3): ParsedGuide[] {
  const tags = new Set(guide.frontmatter.tags);
  const scored = all
    .filter((other) => other.slug !== guide.slug)
    .map((other) => ({
      other,
      score:
        other.frontmatter.tags.filter((tag) => tags.has(tag)).length +
        (other.slug === generalGuideSlug ? 100 : 0),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.frontmatter.order - b.other.frontmatter.order);
  return scored.slice(0, limit).map(({ other }) => other);
}
