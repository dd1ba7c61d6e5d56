import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { isLocale } from "@/lib/i18n/locales";
import { searchSite } from "@/lib/search/site-search";
import { pageMetadata } from "@/lib/seo/page-metadata";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/search">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "search" });
  return {
    ...pageMetadata({ locale, path: "/search", title: t("title"), description: t("description") }),
    robots: { index: false },
  };
}

/** A plain GET form: the results page is rendered on the server and works without JavaScript. */
export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "search" });
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const results = await searchSite(locale, query);

  return (
    <>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <form
        role="search"
        action={`/${locale}/search`}
        method="get"
        className="flex flex-wrap gap-2"
      >
        <label htmlFor="q" className="sr-only">
          {t("label")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          placeholder={t("placeholder")}
          className="min-w-0 flex-1 rounded-md border border-zinc-400 bg-white px-3 py-2 dark:border-zinc-600 dark:bg-zinc-900"
        />
        <button
          type="submit"
          className="rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800"
        >
          {t("submit")}
        </button>
      </form>
      {query.trim() ? (
        <section aria-labelledby="results" className="mt-8">
          <h2 id="results" className="mb-4 text-xl font-semibold" aria-live="polite">
            {t("count", { count: results.length, query })}
          </h2>
          {results.length === 0 ? <p>{t("none")}</p> : null}
          <ol className="space-y-4">
            {results.map((result) => (
              <li key={result.id}>
                <Link
                  href={result.href}
                  className="text-lg font-medium underline underline-offset-4"
                >
                  {result.title}
                  {result.section ? <span className="font-normal"> › {result.section}</span> : null}
                </Link>
                <p className="text-zinc-700 dark:text-zinc-300">{result.passage}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
