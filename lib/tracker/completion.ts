import { endDateReached } from "./case-model";
import { numberDependentItems } from "./checklist";
import type { IsoDate } from "./dates";

/**
 * Why "all done" may be too early: the number still works until the end date (BankID, Vipps and
 * bank codes may still arrive there), or items tied to the number are not ticked. The user can
 * still mark the case done, after reading this; reminders stay until the end date.
 */
export type CompletionWarning = "service-still-running" | "number-items-open";

export function completionWarnings(
  c: { endsOn: IsoDate | null },
  openItems: readonly string[],
  today: IsoDate,
): CompletionWarning[] {
  const warnings: CompletionWarning[] = [];
  if (c.endsOn && !endDateReached(c.endsOn, today)) warnings.push("service-still-running");
  if (openItems.some((item) => (numberDependentItems as readonly string[]).includes(item)))
    warnings.push("number-items-open");
  return warnings;
}
