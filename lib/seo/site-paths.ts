import { listGuides } from "@/lib/content/guides";
import { getOperatorData } from "@/lib/content/operators";
import { defaultLocale } from "@/lib/i18n/locales";

/**
 * Every public page, as the path after the locale prefix. Every page exists in every locale
 * (the content tests guarantee it), so the sitemap lists each path once per locale.
 */
export async function publicPaths(): Promise<{ path: string; lastModified?: string }[]> {
  const guides = await listGuides(defaultLocale);
  const { operators } = await getOperatorData();
  return [
    { path: "" },
    { path: "/guides" },
    { path: "/operators" },
    { path: "/glossary" },
    { path: "/helper" },
    ...guides.map((g) => ({ path: `/guides/${g.slug}`, lastModified: g.frontmatter.updated })),
    ...operators.map((o) => ({ path: `/operators/${o.id}`, lastModified: o.lastChecked })),
  ];
}
