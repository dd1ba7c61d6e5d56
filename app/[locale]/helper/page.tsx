import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { parseAnswers, questions, recommend, type Question } from "@/lib/helper/recommend";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/seo/page-metadata";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/helper">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "helper" });
  return pageMetadata({
    locale,
    path: "/helper",
    title: t("title"),
    description: t("description"),
  });
}

/** A GET form answered on the server: works with JavaScript off, and the result has a URL. */
export default async function HelperPage({ params, searchParams }: PageProps<"/[locale]/helper">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "helper" });
  const parsed = parseAnswers(await searchParams);
  const given =
    parsed.status === "complete"
      ? parsed.answers
      : parsed.status === "incomplete"
        ? parsed.given
        : {};
  const missing = parsed.status === "incomplete" ? parsed.missing : [];

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mb-8 text-zinc-700 dark:text-zinc-300">{t("description")}</p>
      <form action={`/${locale}/helper#result`} method="get" className="space-y-6" noValidate>
        {(Object.keys(questions) as Question[]).map((question) => (
          <fieldset
            key={question}
            aria-describedby={missing.includes(question) ? `${question}-error` : undefined}
            className={`rounded-lg border p-4 ${missing.includes(question) ? "border-red-600 dark:border-red-400" : "border-zinc-300 dark:border-zinc-700"}`}
          >
            <legend className="px-1 font-semibold">{t(`questions.${question}.legend`)}</legend>
            {missing.includes(question) ? (
              <p
                id={`${question}-error`}
                className="mb-2 text-sm font-medium text-red-700 dark:text-red-300"
              >
                {t("required")}
              </p>
            ) : null}
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {questions[question].map((option) => (
                <label key={option} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={question}
                    value={option}
                    defaultChecked={given[question] === option}
                    className="size-4"
                  />
                  {t(`questions.${question}.${option}` as Parameters<typeof t>[0])}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <button
          type="submit"
          className="rounded-md bg-sky-700 px-5 py-3 font-semibold text-white hover:bg-sky-800"
        >
          {t("submit")}
        </button>
      </form>
      {parsed.status === "complete" ? (
        <section id="result" aria-labelledby="result-heading" className="mt-10 scroll-mt-4">
          <h2 id="result-heading" className="mb-4 text-2xl font-semibold">
            {t("resultTitle")}
          </h2>
          <ol className="space-y-4">
            {recommend(parsed.answers, locale).map((step, index) => (
              <li
                key={step.key}
                className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
              >
                <p className="font-semibold">
                  {index + 1}. {t(`steps.${step.key}.title`)}
                </p>
                <p className="mt-1 text-zinc-700 dark:text-zinc-300">
                  {t(`steps.${step.key}.body`)}
                </p>
                <Link
                  href={step.href}
                  className="mt-2 inline-block font-medium underline underline-offset-4"
                >
                  {t(`steps.${step.key}.link`)}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
