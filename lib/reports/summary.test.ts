import { describe, expect, it } from "vitest";
import {
  addMonths,
  countsAsOf,
  releasable,
  reportPeriod,
  summarizeReports,
  type StoredReport,
} from "./summary";
import type { ReportFacts } from "./report-of-case";

const asOf = "2026-12";

type TestReport = StoredReport & { account: string };
let accounts = 0;
/** A report, from an account of its own unless `account` says otherwise. */
function report(overrides: Partial<TestReport> = {}): TestReport {
  const facts: ReportFacts = {
    operator: "telia",
    subscriptionType: "postpaid",
    channel: "chat",
    sentMonth: "2026-09",
    daysToConfirmation: 3,
    daysToEnd: 40,
    chaseOrComplaint: false,
    finalBillRight: true,
  };
  return {
    ...facts,
    filedMonth: "2026-10",
    releasedMonth: "2026-11",
    account: `account-${++accounts}`,
    ...overrides,
  };
}
const many = (n: number, overrides: Partial<TestReport> = {}) =>
  Array.from({ length: n }, () => report(overrides));
/** Releases what `month` releases, as the data layer stores it. */
const release = (reports: TestReport[], month: string) => {
  const batch = new Set(releasable(reports, month));
  return reports.map((r) => (batch.has(r) ? { ...r, releasedMonth: month } : r));
};
const figures = (summary: ReturnType<typeof summarizeReports>) => {
  const { asOf: _a, period: _p, ...rest } = summary;
  return rest;
};

describe("months", () => {
  it("count across a year, and the period is the 12 release months up to the current one", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(reportPeriod("2026-12")).toEqual({ from: "2026-01", to: "2026-12" });
  });

  it("a batch counts for 12 months from its release, then leaves together", () => {
    const r = report({ releasedMonth: "2026-01" });
    expect(countsAsOf(r, "2025-12")).toBe(false);
    expect(countsAsOf(r, "2026-01")).toBe(true);
    expect(countsAsOf(r, "2026-12")).toBe(true);
    expect(countsAsOf(r, "2027-01")).toBe(false);
    expect(countsAsOf(report({ releasedMonth: null }), asOf)).toBe(false);
  });
});

describe("release", () => {
  const waiting = (n: number, overrides: Partial<TestReport> = {}) =>
    many(n, { releasedMonth: null, ...overrides });

  it("waits until k reports are waiting, then releases them all together", () => {
    expect(releasable(waiting(9), asOf)).toEqual([]);
    expect(releasable(waiting(10), asOf)).toHaveLength(10);
  });

  it("takes one report from each account, and needs k accounts", () => {
    const nine = waiting(9);
    const fromNine = [...nine, report({ releasedMonth: null, account: nine[0]!.account })];
    expect(releasable(fromNine, asOf)).toEqual([]);
    const household = waiting(3, { account: "household" });
    const released = releasable([...waiting(9), ...household], asOf);
    expect(released).toHaveLength(10);
    expect(released.filter((r) => r.account === "household")).toHaveLength(1);
  });

  it("leaves out reports shared this month, already released, or about old cancellations", () => {
    const reports = [
      ...waiting(9),
      report({ releasedMonth: null, filedMonth: asOf }),
      report({ releasedMonth: "2026-11" }),
      report({ releasedMonth: null, sentMonth: "2025-11" }), // 13 months before
    ];
    expect(releasable(reports, asOf)).toEqual([]);
    expect(releasable([...reports, report({ releasedMonth: null })], asOf)).toHaveLength(10);
  });
});

describe("the k rule", () => {
  it("shows nothing with 9 reports and the figures with 10", () => {
    expect(summarizeReports("telia", many(9), asOf)).toMatchObject({ enough: false });
    expect(summarizeReports("telia", many(10), asOf)).toMatchObject({
      enough: true,
      reports: { from: 10, below: 15 },
      daysToConfirmation: { median: 3, lowerQuartile: 3, upperQuartile: 3 },
    });
  });

  it("counts only the operator asked for, and only released reports", () => {
    const reports = [...many(8), report({ operator: "telenor" }), report({ releasedMonth: null })];
    expect(summarizeReports("telia", reports, asOf)).toMatchObject({ enough: false });
  });

  it("shows a channel only when k reports name it, and 'other channels' only from k", () => {
    const few = summarizeReports("telia", [...many(10), ...many(9, { channel: "phone" })], asOf);
    expect(few).toMatchObject({
      channels: [{ channel: "chat", share: { allButFewerThan: 10 } }], // 9 are not chat
      otherChannels: false,
    });
    const more = summarizeReports(
      "telia",
      [...many(10), ...many(5, { channel: "phone" }), ...many(5, { channel: "store" })],
      asOf,
    );
    expect(more).toMatchObject({
      channels: [{ channel: "chat", share: { percent: 50 } }],
      otherChannels: true,
    });
  });

  it("never shows 100 % or a share with fewer than k on the other side", () => {
    expect(summarizeReports("telia", many(12), asOf)).toMatchObject({
      channels: [{ channel: "chat", share: { allButFewerThan: 10 } }],
      finalBillWrong: { fewerThan: 10 },
    });
    const chased = [...many(30, { chaseOrComplaint: true }), ...many(9)];
    expect(summarizeReports("telia", chased, asOf)).toMatchObject({
      chaseOrComplaint: { allButFewerThan: 10 },
    });
    expect(summarizeReports("telia", [...chased, report()], asOf)).toMatchObject({
      chaseOrComplaint: { percent: 75 },
    });
  });

  it("says 'fewer than 10' for a chase or a wrong bill that fewer than k reports had", () => {
    const reports = [...many(9, { chaseOrComplaint: true, finalBillRight: false }), ...many(11)];
    expect(summarizeReports("telia", reports, asOf)).toMatchObject({
      chaseOrComplaint: { fewerThan: 10 },
      finalBillWrong: { fewerThan: 10 },
    });
    const tenth = report({ chaseOrComplaint: true, finalBillRight: false });
    expect(summarizeReports("telia", [...reports, tenth], asOf)).toMatchObject({
      chaseOrComplaint: { percent: 50 },
      finalBillWrong: { percent: 50 },
    });
  });

  it("gives days to the end and the bill only from k reports that know them", () => {
    const reports = [...many(9), ...many(6, { daysToEnd: null, finalBillRight: null })];
    expect(summarizeReports("telia", reports, asOf)).toMatchObject({
      enough: true,
      daysToEnd: null,
      finalBillWrong: null,
    });
  });

  it("gives the median and quartiles in whole days", () => {
    const days = [1, 2, 2, 3, 4, 5, 7, 9, 14, 30];
    const summary = summarizeReports(
      "telia",
      days.map((d) => report({ daysToConfirmation: d })),
      asOf,
    );
    expect(summary).toMatchObject({
      daysToConfirmation: { median: 5, lowerQuartile: 2, upperQuartile: 9 },
    });
  });
});

describe("one report cannot be singled out by comparing two months", () => {
  const base = many(12, { releasedMonth: "2026-10" });
  const odd = report({
    releasedMonth: null,
    filedMonth: "2026-11",
    channel: "letter",
    daysToConfirmation: 90,
    daysToEnd: 200,
    chaseOrComplaint: true,
    finalBillRight: false,
  });

  it("one more report, however unusual, changes nothing the next month", () => {
    const before = summarizeReports("telia", base, "2026-11");
    const after = summarizeReports("telia", release([...base, odd], "2026-12"), "2026-12");
    expect(figures(after)).toEqual(figures(before));
  });

  it("a change shows only when k new reports enter together", () => {
    const newcomers = many(9, {
      releasedMonth: null,
      filedMonth: "2026-11",
      daysToConfirmation: 20,
    });
    const nine = release([...base, ...newcomers], "2026-12");
    expect(figures(summarizeReports("telia", nine, "2026-12"))).toEqual(
      figures(summarizeReports("telia", base, "2026-11")),
    );
    const ten = release([...base, ...newcomers, odd], "2026-12");
    expect(summarizeReports("telia", ten, "2026-12")).toMatchObject({
      reports: { from: 20, below: 25 },
      daysToConfirmation: { median: 3, upperQuartile: 20 },
    });
  });

  it("a withdrawal does not release a waiting report early (releases are stored, not recomputed)", () => {
    const waiting = many(9, { releasedMonth: null, filedMonth: "2026-11" });
    const afterWithdrawal = [...base.slice(1), ...waiting];
    expect(releasable(afterWithdrawal, "2026-12")).toEqual([]);
  });
});
