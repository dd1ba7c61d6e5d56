import { getTranslations } from "next-intl/server";
import { caseListHref } from "@/app/[locale]/tracker/_lib/case-list-url";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { Link } from "@/components/ui/link";
import { cn } from "@/lib/cn";
import { caseSorts, caseViews, otherOperator, type CaseView } from "@/lib/tracker/case-list";
import { maxQueryLength } from "@/lib/tracker/case-search";
import { providerName, type ProviderOption } from "@/lib/tracker/providers";
import { statuses } from "@/lib/tracker/status";
import type { CaseListQuery } from "@/lib/validation/case-list";

type Props = {
  locale: string;
  query: CaseListQuery;
  counts: Record<CaseView, number>;
  /** The operators the user has cases with. */
  operators: { provider: string; n: number }[];
  options: readonly ProviderOption[];
};

const selectClass = cn(inputClass, "w-auto py-1.5");

/**
 * Search, views, filters and order of the dashboard: a GET form and links, so every view has a
 * URL (bookmarkable, and the same without JavaScript). The views count what the search and
 * filters leave; each link keeps them.
 */
export async function CaseListControls({ locale, query, counts, operators, options }: Props) {
  const t = await getTranslations({ locale, namespace: "tracker.list" });
  const tt = await getTranslations({ locale, namespace: "tracker" });
  const filtered = Boolean(query.q || query.status || query.operator || query.view !== "all");
  return (
    <div className="mb-4 space-y-3">
      <form method="get" action={`/${locale}/tracker`} role="search" className="space-y-3">
        {query.view !== "all" ? <input type="hidden" name="view" value={query.view} /> : null}
        <div>
          <label htmlFor="q" className="block font-medium">
            {t("searchLabel")}
          </label>
          <p id="q-hint" className="text-sm text-zinc-600 dark:text-zinc-400">
            {t("searchHint")}
          </p>
          <div className="mt-1 flex gap-2">
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={query.q ?? ""}
              maxLength={maxQueryLength}
              aria-describedby="q-hint"
              className={inputClass}
            />
            <Button className="shrink-0">{t("search")}</Button>
          </div>
        </div>
        <fieldset className="flex flex-wrap items-end gap-x-3 gap-y-2 text-sm">
          <legend className="sr-only">{t("refine")}</legend>
          <FilterSelect
            name="operator"
            label={t("operatorLabel")}
            value={query.operator ?? ""}
            choices={[
              { value: "", label: t("anyOperator") },
              ...operators
                .filter((o) => o.provider !== otherOperator)
                .map((o) => ({
                  value: o.provider,
                  label: `${providerName({ provider: o.provider, providerName: null }, options)} (${o.n})`,
                })),
              ...(operators.some((o) => o.provider === otherOperator)
                ? [{ value: otherOperator, label: t("otherOperators") }]
                : []),
            ]}
          />
          <FilterSelect
            name="status"
            label={t("statusLabel")}
            value={query.status ?? ""}
            choices={[
              { value: "", label: t("anyStatus") },
              ...statuses.map((s) => ({ value: s, label: tt(`status.${s}`) })),
            ]}
          />
          <FilterSelect
            name="sort"
            label={t("sortLabel")}
            value={query.sort}
            choices={caseSorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
          />
          <Button variant="secondary" className="px-3 py-1.5">
            {t("apply")}
          </Button>
          {filtered ? (
            <Link href={`/${locale}/tracker`} className="py-1.5 underline underline-offset-4">
              {t("clear")}
            </Link>
          ) : null}
        </fieldset>
      </form>
      <nav aria-label={t("viewsLabel")}>
        {/* One row that scrolls sideways on a phone instead of wrapping into four. */}
        <ul className="flex gap-2 overflow-x-auto pb-1 text-sm whitespace-nowrap">
          {caseViews.map((view) => (
            <li key={view}>
              <Link
                href={caseListHref(locale, { ...query, view, page: 1 })}
                aria-current={view === query.view ? "page" : undefined}
                className="inline-block rounded-full border border-zinc-300 px-3 py-1 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white dark:border-zinc-700 dark:aria-[current=page]:bg-zinc-100 dark:aria-[current=page]:text-zinc-900"
              >
                {t(`views.${view}`)} ({counts[view]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

/** One labelled select of the filter row (the label outside it, so its name is the label alone). */
function FilterSelect({
  name,
  label,
  value,
  choices,
}: {
  name: string;
  label: string;
  value: string;
  choices: { value: string; label: string }[];
}) {
  return (
    <div className="flex flex-col">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value} className={selectClass}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
