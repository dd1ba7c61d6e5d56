import type { CaseRecord } from "@/lib/tracker/case-model";

/**
 * A case record for the case model's tests: planned, nothing dated, nothing checked. Tests spread
 * it and set what their case is about, so a new field of the record is added here once.
 */
export const plannedRecord: CaseRecord = {
  status: "planned",
  createdAt: "2026-11-01T08:00:00.000Z",
  submittedOn: null,
  confirmedOn: null,
  endsOn: null,
  finalBillChecked: false,
  finalBillDisputed: false,
  requestedEndOn: null,
  doneBy: null,
  noticeRule: null,
  accountLeavingOn: null,
};
