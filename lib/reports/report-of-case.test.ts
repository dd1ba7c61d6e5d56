import { describe, expect, it } from "vitest";
import { reportOfCase, type ReportableCase } from "./report-of-case";

const operators = ["telia", "telenor"];
const closed: ReportableCase = {
  provider: "telia",
  subscriptionType: "postpaid",
  channel: "chat",
  status: "confirmed",
  submittedOn: "2026-10-30",
  confirmedOn: "2026-11-02",
  endsOn: "2026-12-31",
  finalBillChecked: false,
  finalBillDisputed: false,
  statusPath: ["planned", "submitted", "confirmed"],
  sentLetterKinds: ["cancellation"],
};

describe("what a closed case reports", () => {
  it("keeps the month, the days and the facts, nothing finer", () => {
    expect(reportOfCase(closed, operators)).toEqual({
      ok: true,
      facts: {
        operator: "telia",
        subscriptionType: "postpaid",
        channel: "chat",
        sentMonth: "2026-10",
        daysToConfirmation: 3,
        daysToEnd: 62,
        chaseOrComplaint: false,
        finalBillRight: null,
      },
    });
  });

  it("says a chase or complaint was needed when one was sent, and how the bill went", () => {
    const chased = reportOfCase(
      {
        ...closed,
        status: "completed",
        sentLetterKinds: ["cancellation", "chase"],
        finalBillChecked: true,
        finalBillDisputed: true,
      },
      operators,
    );
    expect(chased).toMatchObject({ facts: { chaseOrComplaint: true, finalBillRight: false } });
    const right = reportOfCase({ ...closed, finalBillChecked: true }, operators);
    expect(right).toMatchObject({ facts: { finalBillRight: true } });
  });

  it("refuses a case that is not confirmed or completed", () => {
    for (const status of ["planned", "submitted", "rejected", "withdrawn"] as const)
      expect(reportOfCase({ ...closed, status }, operators)).toEqual({
        ok: false,
        reason: "not-closed",
      });
  });

  it("refuses an operator without a page (its name is the user's own text)", () => {
    expect(reportOfCase({ ...closed, provider: "other" }, operators)).toEqual({
      ok: false,
      reason: "other-operator",
    });
  });

  it("refuses a case not recorded as sent before it was confirmed", () => {
    const cases: Partial<ReportableCase>[] = [
      { statusPath: ["confirmed"] }, // added after the fact
      { statusPath: ["confirmed", "submitted", "confirmed"] },
      { submittedOn: null },
      { confirmedOn: null },
      { confirmedOn: "2026-10-29" }, // before it was sent
      { confirmedOn: "2027-12-01" }, // a year and more: a typing slip
    ];
    for (const change of cases)
      expect(reportOfCase({ ...closed, ...change }, operators)).toEqual({
        ok: false,
        reason: "not-through-stages",
      });
  });

  it("leaves out an end date before the sending or past a year", () => {
    expect(reportOfCase({ ...closed, endsOn: "2026-10-01" }, operators)).toMatchObject({
      facts: { daysToEnd: null },
    });
    expect(reportOfCase({ ...closed, endsOn: null }, operators)).toMatchObject({
      facts: { daysToEnd: null },
    });
  });
});
