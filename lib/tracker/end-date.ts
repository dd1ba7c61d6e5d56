import type { NoticeRule } from "@/lib/content/operator-schema";
import { addDays, lastDayOfMonth, type IsoDate } from "./dates";

/**
 * The service end date an operator's notice rule gives for a cancellation submitted on
 * `submittedOn`. Only a suggestion: the case page always lets the user change it.
 */
export function suggestEndDate(rule: NoticeRule, submittedOn: IsoDate): IsoDate {
  switch (rule) {
    // Notice starts on the 1st of the next month and runs one calendar month: cancel any day in
    // June, the service ends on 31 July.
    case "month-from-next-month":
      return lastDayOfMonth(submittedOn, 1);
    case "end-of-current-month":
      return lastDayOfMonth(submittedOn);
    case "next-day":
      return addDays(submittedOn, 1);
  }
}
