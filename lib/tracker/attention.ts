import { isOverdue, nextDeadline, type CaseDates, type Deadline } from "./deadlines";
import { waitingOn } from "./status";
import type { IsoDate } from "./dates";

export type CaseSummary<T> = T & {
  deadline: Deadline | null;
  overdue: boolean;
  waitingOn: "user" | "operator" | "nobody";
};

const waitRank = { user: 0, operator: 1, nobody: 2 } as const;

/** A case with its next deadline, whether that is overdue, and whom it waits on. */
export function summarize<T extends CaseDates>(c: T, today: IsoDate): CaseSummary<T> {
  const deadline = nextDeadline(c, today);
  return { ...c, deadline, overdue: isOverdue(deadline, today), waitingOn: waitingOn[c.status] };
}

/**
 * Orders cases by what needs attention: overdue first, then those waiting on the user, then on
 * the operator, then finished ones; sooner deadlines before later ones. The dashboard gets the
 * same order from SQLite (lib/data/case-queries.ts), tested against this function.
 */
export function byAttention<T extends CaseDates & { createdAt: string }>(
  cases: T[],
  today: IsoDate,
): CaseSummary<T>[] {
  return cases
    .map((c) => summarize(c, today))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        waitRank[a.waitingOn] - waitRank[b.waitingOn] ||
        (a.deadline?.on ?? "9999").localeCompare(b.deadline?.on ?? "9999") ||
        b.createdAt.localeCompare(a.createdAt),
    );
}
