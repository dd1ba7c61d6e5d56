import { getTranslations } from "next-intl/server";
import { Button, LinkButton } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { generalGuideSlug } from "@/lib/content/guide-slugs";
import { userToday } from "@/lib/data/account";
import { storedBasis } from "@/lib/data/case-model-columns";
import { listCasePage } from "@/lib/data/cases";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { modelOn } from "@/lib/tracker/case-model";
import { searchTerms } from "@/lib/tracker/case-search";
import { caseListQuerySchema } from "@/lib/validation/case-list";
import { CaseCard } from "./_components/case-card";
import { CaseListControls } from "./_components/case-list-controls";
import { caseListHref, caseListSearch } from "./_lib/case-list-url";
import { loadTrackerPage } from "./_lib/case-page";
import { privatePageMetadata } from "./_lib/private-metadata";
import { providerOptions } from "./_lib/view";
import { markFinalBillsCheckedAction } from "./actions";
import type { Metadata } from "next";

/** Cases per page: what needs attention comes first, so the first page is the one that matters. */
const pageSize = 25;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker">): Promise<Metadata> {
  return privatePageMetadata(params, "title");
}

export default async function TrackerPage({
  params,
  searchParams,
}: PageProps<"/[locale]/tracker">) {
  const { locale, user } = await loadTrackerPage(params);
  const t = await getTranslations({ locale, namespace: "tracker" });
  const today = userToday(user.id);
  const raw = await searchParams;
  const query = caseListQuerySchema.parse(raw);
  const options = await providerOptions();
  const { cases, counts, operators, owned, total, page, pages } = listCasePage(user.id, {
    today,
    view: query.view,
    status: query.status,
    operator: query.operator,
    terms: searchTerms(query.q ?? ""),
    sort: query.sort,
    page: query.page,
    pageSize,
  });
  const tag = htmlLangOf(locale);
  const notices = bulkNotices(raw);

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <LinkButton href={`/${locale}/tracker/new`}>{t("newCase")}</LinkButton>
      </div>
      {raw.deleted ? (
        <Notice tone="success" className="mb-4">
          {t("deleted")}
        </Notice>
      ) : null}
      {raw.notFound ? (
        <Notice tone="error" urgent className="mb-4">
          {t("notFound")}
        </Notice>
      ) : null}
      {notices.none ? (
        <Notice tone="error" urgent className="mb-4">
          {t("list.bulk.none")}
        </Notice>
      ) : null}
      {notices.marked !== null ? (
        <Notice tone="success" className="mb-4">
          {t("list.bulk.marked", { marked: notices.marked })}
          {notices.skipped ? ` ${t("list.bulk.skipped", { skipped: notices.skipped })}` : null}
        </Notice>
      ) : null}

      {owned === 0 ? (
        <EmptyTracker locale={locale} />
      ) : (
        <>
          <CaseListControls
            locale={locale}
            query={query}
            counts={counts}
            operators={operators}
            options={options}
          />
          <p role="status" className="mb-2 text-sm text-zinc-700 dark:text-zinc-300">
            {t("list.matches", { count: total })}
          </p>
          {cases.length === 0 ? (
            <p>{t("list.noMatch")}</p>
          ) : (
            <form action="/api/account/export/csv" method="get">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="back" value={caseListSearch(query)} />
              <ul className="divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
                {cases.map((c) => (
                  <CaseCard
                    key={c.id}
                    found={c}
                    model={modelOn(c, storedBasis(c), today)}
                    t={t}
                    locale={locale}
                    languageTag={tag}
                    options={options}
                  />
                ))}
              </ul>
              <fieldset className="mt-3 flex flex-wrap items-center gap-2 text-sm">
                <legend className="mb-1 font-medium">{t("list.bulk.label")}</legend>
                <Button variant="secondary" formAction={markFinalBillsCheckedAction}>
                  {t("list.bulk.finalBill")}
                </Button>
                <Button variant="secondary">{t("list.bulk.csv")}</Button>
                <Button variant="secondary" formAction="/api/account/export/xlsx">
                  {t("list.bulk.xlsx")}
                </Button>
              </fieldset>
            </form>
          )}
          {pages > 1 ? (
            <nav
              aria-label={t("pagination.label")}
              className="mt-6 flex flex-wrap items-center gap-4"
            >
              {page > 1 ? (
                <Link
                  href={caseListHref(locale, { ...query, page: page - 1 })}
                  className="underline underline-offset-4"
                >
                  {t("pagination.previous")}
                </Link>
              ) : null}
              <span>{t("pagination.position", { page, pages, count: total })}</span>
              {page < pages ? (
                <Link
                  href={caseListHref(locale, { ...query, page: page + 1 })}
                  className="underline underline-offset-4"
                >
                  {t("pagination.next")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}

/** What the bulk action said, from the URL it went back to (counts only; anything else is ignored). */
function bulkNotices(raw: Record<string, string | string[] | undefined>) {
  const count = (v: unknown) =>
    typeof v === "string" && /^\d{1,4}$/.test(v) ? Number.parseInt(v, 10) : null;
  return { none: raw.bulk === "none", marked: count(raw.marked), skipped: count(raw.skipped) ?? 0 };
}

async function EmptyTracker({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <section className="rounded-lg border border-dashed border-zinc-400 p-6 dark:border-zinc-600">
      <h2 className="text-xl font-semibold">{t("empty.title")}</h2>
      <p className="mt-2">{t("empty.body")}</p>
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href={`/${locale}/tracker/new`} className="font-medium underline underline-offset-4">
          {t("empty.create")}
        </Link>
        <Link
          href={`/${locale}/guides/${generalGuideSlug}`}
          className="font-medium underline underline-offset-4"
        >
          {t("empty.guide")}
        </Link>
      </p>
    </section>
  );
}
