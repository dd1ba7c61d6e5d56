import { getTranslations } from "next-intl/server";
import { compileMDX } from "next-mdx-remote/rsc";
import { Callout } from "@/components/mdx/callout";
import { Checklist } from "@/components/mdx/checklist";
import { Cite } from "@/components/mdx/cite";
import { NorwegianText } from "@/components/mdx/norwegian-text";
import { Steps } from "@/components/mdx/steps";
import { Term } from "@/components/mdx/term";
import { glossaryIdFor, readGlossary } from "@/lib/content/glossary";
import { getGuide } from "@/lib/content/guides";
import { escapeHeadingIds } from "@/lib/content/headings";
import { remarkHeadingIds } from "@/lib/content/remark-heading-ids";
import { usesFullWidthPunctuation } from "@/lib/i18n/typography";
import { SafetyBox } from "./safety-box";
import { SourceList } from "./source-list";
import type { ReactNode } from "react";

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
      Term: ({ no, children }: { no: string; children?: ReactNode }) => {
        const id = glossaryIdFor(no, glossary);
        return (
          <Term
            no={no}
            href={id ? `/${locale}/glossary#${id}` : undefined}
            fullWidth={usesFullWidthPunctuation(locale)}
          >
            {children}
          </Term>
        );
      },
      Cite: ({ id }: { id: string }) => {
        // parseGuide already rejected unknown ids, so the lookup always succeeds.
        const index = sources.findIndex((source) => source.id === id);
        return <Cite source={sources[index]!} number={index + 1} label={t("source")} />;
      },
      SafetyBox: () => <SafetyBox locale={locale} />,
      NorwegianText: ({ text, children }: { text: string; children: ReactNode }) => (
        <NorwegianText
          text={text}
          meaning={children}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
          meaningLabel={t("meaning")}
        />
      ),
      SourceList: () => <SourceList sources={sources} locale={locale} lastChecked={lastChecked} />,
    },
  });
  return content;
}
