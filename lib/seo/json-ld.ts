import type { GuideHeading } from "@/lib/content/headings";
import { siteUrl } from "@/lib/site-url";

const absolute = (path: string) => new URL(path, siteUrl).toString();

/** schema.org BreadcrumbList; the last crumb (the page itself) has no link. */
export function breadcrumbJsonLd(crumbs: { name: string; path: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      ...(crumb.path ? { item: absolute(crumb.path) } : {}),
    })),
  };
}

/** schema.org HowTo for a step guide: each top-level section is a step with a deep link. */
export function howToJsonLd(input: {
  title: string;
  summary: string;
  path: string;
  lastChecked: string;
  headings: GuideHeading[];
}) {
  return {
    "@context": "https://schema.org",
    "@type": "HowTo",
    name: input.title,
    description: input.summary,
    dateModified: input.lastChecked,
    url: absolute(input.path),
    step: input.headings
      .filter((h) => h.depth === 2)
      .map((h, index) => ({
        "@type": "HowToStep",
        position: index + 1,
        name: h.text,
        url: absolute(`${input.path}#${h.id}`),
      })),
  };
}
