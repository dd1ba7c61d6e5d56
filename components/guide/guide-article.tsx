import { getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/seo/json-ld";
import { Link } from "@/components/ui/link";
import type { GuideHeading } from "@/lib/content/headings";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { TableOfContents } from "./table-of-contents";
import type { ReactNode } from "react";

export type Crumb = { name: string; path: string };
export type RelatedGuide = { href: string; title: string; summary: string };

/**
 * The frame every guide shares, written or generated from operator data: breadcrumb, title,
 * last-checked badge, table of contents, body, disclaimer and related guides.
 */
export async function GuideArticle(props: {
  locale: string;
  title: string;
  summary: string;
  lastChecked: string;
  updated?: string;
  headings: GuideHeading[];
  crumbs: Crumb[];
  related: RelatedGuide[];
  children: ReactNode;
}) {
  const { locale, title, summary, lastChecked, updated, headings, crumbs, related, children } =
    props;
  const t = await getTranslations({ locale, namespace: "guide" });
  const tGuides = await getTranslations({ locale, namespace: "guides" });
  const languageTag = htmlLangOf(locale);

  return (
    <>
      <JsonLd data={breadcrumbJsonLd([...crumbs, { name: title, path: "" }])} />
      <nav
        aria-label={t("breadcrumb")}
        className="mb-4 text-sm text-zinc-600 dark:text-zinc-400 print:hidden"
      >
        <ol className="flex flex-wrap gap-1">
          {crumbs.map((crumb, index) => (
            <li key={crumb.path}>
              {index > 0 ? <span aria-hidden="true">/ </span> : null}
              <Link href={crumb.path} className="underline-offset-4 hover:underline">
                {crumb.name}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <article>
        <header>
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
          <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{summary}</p>
          <p className="mt-4 flex flex-wrap gap-2 text-sm">
            <span className="rounded-full bg-emerald-100 px-3 py-1 font-medium text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100">
              {tGuides("lastChecked", { date: formatDateOnly(lastChecked, languageTag) })}
            </span>
            {updated ? (
              <span className="rounded-full bg-zinc-100 px-3 py-1 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
                {tGuides("updated", { date: formatDateOnly(updated, languageTag) })}
              </span>
            ) : null}
          </p>
        </header>
        <TableOfContents headings={headings} label={t("onThisPage")} />
        <div className="prose max-w-none prose-zinc dark:prose-invert prose-h2:scroll-mt-4 prose-a:underline-offset-2">
          {children}
        </div>
        <p className="mt-8 rounded-md bg-zinc-100 p-4 text-sm text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
          {t("disclaimer")}
        </p>
        {related.length > 0 ? (
          <section aria-labelledby="related" className="mt-10 print:hidden">
            <h2 id="related" className="mb-3 text-xl font-semibold">
              {t("related")}
            </h2>
            <ul className="space-y-3">
              {related.map((guide) => (
                <li key={guide.href}>
                  <Link href={guide.href} className="font-medium underline underline-offset-4">
                    {guide.title}
                  </Link>
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">{guide.summary}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </>
  );
}
