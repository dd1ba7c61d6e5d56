import { caseListQuerySchema, type CaseListQuery } from "@/lib/validation/case-list";

/** The view of a URL without parameters: the schema's own fallbacks, so there is one list of them. */
const defaults: CaseListQuery = caseListQuerySchema.parse({});

/**
 * The dashboard's query string for a view: only what differs from the defaults, in a fixed
 * order, so equal views have equal URLs (and a bookmark reloads to the same view).
 */
export function caseListSearch(query: Partial<CaseListQuery>): string {
  const full = { ...defaults, ...query };
  const params = new URLSearchParams();
  if (full.q) params.set("q", full.q);
  if (full.view !== defaults.view) params.set("view", full.view);
  if (full.status) params.set("status", full.status);
  if (full.operator) params.set("operator", full.operator);
  if (full.sort !== defaults.sort) params.set("sort", full.sort);
  if (full.page > 1) params.set("page", String(full.page));
  return params.toString();
}

/** The dashboard's URL for a view, with extra parameters (a notice) after the view's own. */
export function caseListHref(
  locale: string,
  query: Partial<CaseListQuery>,
  extra: Record<string, string> = {},
): string {
  const search = [caseListSearch(query), new URLSearchParams(extra).toString()]
    .filter(Boolean)
    .join("&");
  return `/${locale}/tracker${search ? `?${search}` : ""}`;
}

/** A query string a form carried back (the bulk form's `back`), read as the page reads its URL. */
export function caseListQueryOf(search: string): CaseListQuery {
  return caseListQuerySchema.parse(Object.fromEntries(new URLSearchParams(search)));
}
