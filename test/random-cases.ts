import fc from "fast-check";
import { noticeRules } from "@/lib/content/operator-schema";
import { addDays } from "@/lib/tracker/dates";
import { statuses } from "@/lib/tracker/status";

// Random cases for the property tests of the case model and the reminders: any status with any
// dates (in any order), any letters sent, seen on any day of the same months.

const day = fc.integer({ min: 0, max: 150 }).map((n) => addDays("2026-08-01", n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

export const randomCase = fc.record({
  status: fc.constantFrom(...statuses),
  submittedOn: maybe(day),
  confirmedOn: maybe(day),
  endsOn: maybe(day),
  finalBillChecked: fc.boolean(),
  finalBillDisputed: fc.boolean(),
  requestedEndOn: maybe(day),
  doneBy: maybe(day),
  noticeRule: maybe(fc.constantFrom<string>(...noticeRules, "retired-rule")),
  accountLeavingOn: maybe(day),
  remindOn: maybe(day),
  snoozedUntil: maybe(day),
  chasedOn: maybe(day),
  complainedOn: maybe(day),
  today: day,
});
