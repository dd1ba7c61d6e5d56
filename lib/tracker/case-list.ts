/**
 * The dashboard's views and orders, as words the URL, the form and the queries share
 * (lib/data/case-queries.ts turns them into SQL over the case model's stored columns).
 */

/**
 * - `action`: the next step is the user's today (the case model's `waitingOn` is "user");
 * - `overdue`: its due deadline has passed (the model's `overdue`);
 * - `open` / `closed`: by status (lib/tracker/case-model.ts, `isClosed`).
 */
export const caseViews = ["all", "action", "overdue", "open", "closed"] as const;
export type CaseView = (typeof caseViews)[number];

/**
 * - `urgency`: overdue first, then waiting on the user, the operator, nobody (the default);
 * - `next`: the date the case shows next (its deadline, or the day the service ends);
 * - `operator`: by operator name, then urgency;
 * - `changed`: last change first.
 */
export const caseSorts = ["urgency", "next", "operator", "changed"] as const;
export type CaseSort = (typeof caseSorts)[number];

/** The filter "any other operator" (cases whose operator is not in the operator data). */
export const otherOperator = "other";
