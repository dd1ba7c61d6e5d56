import { compileMDX } from "next-mdx-remote/rsc";
import { getTranslations } from "next-intl/server";
import { Callout } from "@/components/mdx/callout";
import { Checklist } from "@/components/mdx/checklist";
import { Cite } from "@/components/mdx/cite";
import { Steps } from "@/components/mdx/steps";
import { Term } from "@/components/mdx/term";
import type { ReactNode } from "react";
import { glossaryIdFor, readGlossary } from "@/lib/content/glossary";
import { getGuide } from "@/lib/content/guides";
import { escapeHeadingIds } from "@/lib/content/headings";
import { remarkHeadingIds } from "@/lib/content/remark-heading-ids";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { SourceList } from "./source-list";

/**
 * The compiled MDX of one guide. Guide pages are prerendered, so this runs at build time and
 * no MDX runtime reaches the browser.
 */
export async function GuideBody({ locale, slug }: { locale: string; slug: string }) {
  const guide = await getGuide(locale, slug);
  if (!guide) return null;
  const t = await getTranslations({ locale, namespace: "guide" });
  const { sources, lastChecked } = guide.frontmatter;
  const glossary = readGlossary();

  const { content } = await compileMDX({
    source: escapeHeadingIds(guide.body),
    options: { mdxOptions: { remarkPlugins: [remarkHeadingIds] } },
    components: {
      Callout,
      Checklist,
      Steps,
      Term: ({ no, children }: { no: string; children: ReactNode }) => {
        const id = glossaryIdFor(no, glossary);
        return <Term no={no} href={id ? `/${locale}/glossary#${id}` : undefined}>{children}</Term>;
      },
      Cite: ({ id }: { id: string }) => {
        // parseGuide already rejected unknown ids, so the lookup always succeeds.
        const index = sources.findIndex((source) => source.id === id);
        return <Cite source={sources[index]!} number={index + 1} label={t("source")} />;
      },
      SourceList: () => (
        <SourceList
          sources={sources}
          heading={t("sources")}
          lastCheckedLabel={t("sourcesChecked", { date: formatDateOnly(lastChecked, htmlLangOf(locale)) })}
        />
      ),
    },
  });
  return content;
}
