import { getTranslations } from "next-intl/server";
import type { GuideSource } from "@/lib/content/guide-schema";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";

/**
 * The numbered sources of a guide or operator page; `<Cite>` links point at these entries. Each
 * says when we read it (its own `checked` date, else the page's `lastChecked`) and, where the
 * source page has its own date, how old it is.
 */
export async function SourceList({
  sources,
  locale,
  lastChecked,
}: {
  sources: GuideSource[];
  locale: string;
  lastChecked: string;
}) {
  const t = await getTranslations({ locale, namespace: "guide" });
  const tag = htmlLangOf(locale);
  const published = (value: string | undefined) =>
    !value ? "none" : value.length === 10 ? formatDateOnly(value, tag) : value;
  return (
    <section
      aria-labelledby="sources"
      className="guide-sources mt-10 border-t border-zinc-300 pt-6 dark:border-zinc-700"
    >
      <h2 id="sources">{t("sources")}</h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-300">{t("sourcesChecked")}</p>
      <ol>
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <a href={source.url} rel="noopener noreferrer external">
              {source.title}
            </a>
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">
              {t("sourceMeta", {
                checked: formatDateOnly(source.checked ?? lastChecked, tag),
                published: published(source.published),
              })}
            </span>
            <span className="block text-xs break-all text-zinc-600 dark:text-zinc-400">
              {source.url}
            </span>
            {source.quotes?.length ? (
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">
                  {t("sourceQuotes", { count: source.quotes.length })}
                </summary>
                {source.quotes.map((quote) => (
                  <div
                    key={quote.text}
                    className="mt-2 border-l-2 border-zinc-300 pl-3 dark:border-zinc-600"
                  >
                    <blockquote lang={quote.lang} cite={source.url}>
                      “{quote.text}”
                    </blockquote>
                    {quote.meaning ? (
                      <p className="text-zinc-700 dark:text-zinc-300">{quote.meaning}</p>
                    ) : null}
                  </div>
                ))}
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
