// The kinds are stored by the schema, so they are declared on the bottom floor.
export { reminderKinds, type ReminderKind } from "@/core/vocabulary";

/** Follow-ups: a week after submitting, then every week, at most this many times. */
export const followUp = { everyDays: 7, maxCount: 3, complainFromDays: 21 } as const;
/** "Remind me later": no reminder for this case for this many days. */
export const snoozeDays = 7;
/** Days before the end date for the "before the service ends" reminder. */
export const beforeEndDays = 3;
/** Days before the "send by" date for the reminder to send the cancellation. */
export const sendByDays = 7;
/** Checklist items that must be done before the number stops working. */
export const beforeEndItems = [
  "bankid-bank-number",
  "vipps",
  "sms-codes",
  "prepaid-credit",
] as const;
