import { modelOn, type CaseModel, type CaseRecord, type ModelBasis } from "./case-model";
import type { IsoDate } from "./dates";

const waitRank = { user: 0, operator: 1, nobody: 2 } as const;

/**
 * Orders cases by what needs attention, from the case model: overdue first, then those waiting on
 * the user, then on the operator, then finished ones; sooner due dates before later ones; newest
 * first. The dashboard gets the same order from SQLite over the model's stored columns
 * (lib/data/case-queries.ts), tested against this function.
 */
export function byAttention<T extends CaseRecord & { createdAt: string }>(
  cases: { record: T; basis: ModelBasis }[],
  today: IsoDate,
): (T & { model: CaseModel; dueOn: IsoDate | null })[] {
  return cases
    .map(({ record, basis }) => ({
      ...record,
      model: modelOn(record, basis, today),
      dueOn: basis.due?.on ?? null,
      rank: waitRank[modelOn(record, basis, today).waitingOn],
    }))
    .sort(
      (a, b) =>
        Number(b.model.overdue) - Number(a.model.overdue) ||
        a.rank - b.rank ||
        (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") ||
        b.createdAt.localeCompare(a.createdAt),
    )
    .map(({ rank: _rank, ...rest }) => rest as T & { model: CaseModel; dueOn: IsoDate | null });
}
