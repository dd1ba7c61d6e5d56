import { cacheLife } from "next/cache";
import { compileMDX } from "next-mdx-remote/rsc";
import { getTranslations } from "next-intl/server";
import { Callout } from "@/components/mdx/callout";
import { Checklist } from "@/components/mdx/checklist";
import { Cite } from "@/components/mdx/cite";
import { Steps } from "@/components/mdx/steps";
import { Term } from "@/components/mdx/term";
import { getGuide } from "@/lib/content/guides";
import { escapeHeadingIds } from "@/lib/content/headings";
import { remarkHeadingIds } from "@/lib/content/remark-heading-ids";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { SourceList } from "./source-list";

/**
 * The compiled MDX of one guide. Cached like the content itself: MDX is compiled once per
 * build, and no MDX runtime reaches the browser.
 */
export async function GuideBody({ locale, slug }: { locale: string; slug: string }) {
  "use cache";
  cacheLife("max");
  const guide = await getGuide(locale, slug);
  if (!guide) return null;
  const t = await getTranslations({ locale, namespace: "guide" });
  const { sources, lastChecked } = guide.frontmatter;

  const { content } = await compileMDX({
    source: escapeHeadingIds(guide.body),
    options: { mdxOptions: { remarkPlugins: [remarkHeadingIds] } },
    components: {
      Callout,
      Checklist,
      Steps,
      Term,
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
