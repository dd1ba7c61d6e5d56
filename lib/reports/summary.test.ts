import { describe, expect, it } from "vitest";
import {
  addMonths,
  countedReports,
  releasedThrough,
  reportPeriod,
  summarizeReports,
  type StoredReport,
} from "./summary";
import type { ReportFacts } from "./report-of-case";

const asOf = "2026-12";

function report(overrides: Partial<StoredReport> = {}): StoredReport {
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
  return { ...facts, filedMonth: "2026-10", ...overrides };
}
const many = (n: number, overrides: Partial<StoredReport> = {}) =>
  Array.from({ length: n }, () => report(overrides));

describe("the period", () => {
  it("is the 12 whole months before the current one, across a year", () => {
    expect(reportPeriod("2026-12")).toEqual({ from: "2025-12", to: "2026-11" });
    expect(reportPeriod("2027-01")).toEqual({ from: "2026-01", to: "2026-12" });
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-11", 2)).toBe("2027-01");
  });

  it("leaves out reports of cancellations sent before it or in the current month", () => {
    const inside = many(10);
    const counted = countedReports(
      [
        ...inside,
        report({ sentMonth: "2025-11" }),
        report({ sentMonth: "2026-12", filedMonth: "2026-10" }),
      ],
      asOf,
    );
    expect(counted).toHaveLength(10);
  });
});

describe("the k rule", () => {
  it("shows nothing with 9 reports and the figures with 10", () => {
    expect(summarizeReports("telia", many(9), asOf)).toMatchObject({ enough: false });
    const ten = summarizeReports("telia", many(10), asOf);
    expect(ten).toMatchObject({
      enough: true,
      reports: { from: 10, below: 15 },
      daysToConfirmation: { median: 3, lowerQuartile: 3, upperQuartile: 3 },
      channels: [{ channel: "chat", percent: 100 }],
      otherChannels: false,
    });
  });

  it("counts only the operator asked for", () => {
    const reports = [...many(9), report({ operator: "telenor" })];
    expect(summarizeReports("telia", reports, asOf)).toMatchObject({ enough: false });
  });

  it("shows a channel only when k reports name it, and says others exist", () => {
    const reports = [...many(10, { channel: "chat" }), ...many(9, { channel: "phone" })];
    const summary = summarizeReports("telia", reports, asOf);
    expect(summary).toMatchObject({
      enough: true,
      reports: { from: 15, below: 20 },
      channels: [{ channel: "chat", percent: 55 }], // 10 of 19 = 52.6 %, to the nearest 5
      otherChannels: true,
    });
  });

  it("says 'fewer than 10' for a chase or a wrong bill that fewer than k reports had", () => {
    const reports = [...many(9, { chaseOrComplaint: true, finalBillRight: false }), ...many(11)];
    const summary = summarizeReports("telia", reports, asOf);
    expect(summary).toMatchObject({
      chaseOrComplaint: { fewerThan: 10 },
      finalBillWrong: { fewerThan: 10 },
    });
    const more = summarizeReports(
      "telia",
      [...reports, report({ chaseOrComplaint: true, finalBillRight: false })],
      asOf,
    );
    // The 10th chase: shared in the same month as the others, so released with them.
    expect(more).toMatchObject({
      chaseOrComplaint: { percent: 50 },
      finalBillWrong: { percent: 50 },
    });
  });

  it("gives days to the end and the bill only from k reports that know them", () => {
    const reports = [...many(9), ...many(6, { daysToEnd: null, finalBillRight: null })];
    const summary = summarizeReports("telia", reports, asOf);
    expect(summary).toMatchObject({ enough: true, daysToEnd: null, finalBillWrong: null });
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

describe("releases in batches, so one report cannot be singled out", () => {
  const base = many(12, { filedMonth: "2026-09" });

  it("waits until k reports have gathered, then counts them together", () => {
    expect(releasedThrough(many(9, { filedMonth: "2026-10" }), asOf)).toBeNull();
    const spread = [
      ...many(4, { filedMonth: "2026-08" }),
      ...many(4, { filedMonth: "2026-09" }),
      ...many(2, { filedMonth: "2026-10" }),
    ];
    expect(releasedThrough(spread, "2026-10")).toBeNull();
    expect(releasedThrough(spread, "2026-11")).toBe("2026-10");
  });

  it("does not count a report in the month it was shared", () => {
    expect(countedReports(many(10, { filedMonth: asOf }), asOf)).toHaveLength(0);
  });

  it("shows the same figures before and after one more report, however unusual", () => {
    const before = summarizeReports("telia", base, "2026-11");
    const odd = report({
      filedMonth: "2026-11",
      channel: "letter",
      daysToConfirmation: 90,
      daysToEnd: 200,
      chaseOrComplaint: true,
      finalBillRight: false,
    });
    const after = summarizeReports("telia", [...base, odd], "2026-12");
    const { asOf: _a, period: _p, ...beforeFigures } = before;
    const { asOf: _b, period: _q, ...afterFigures } = after;
    expect(afterFigures).toEqual(beforeFigures);
  });

  it("lets a change show only when k new reports enter together", () => {
    const newcomers = many(10, { filedMonth: "2026-11", daysToConfirmation: 20 });
    const after = summarizeReports("telia", [...base, ...newcomers.slice(0, 9)], "2026-12");
    expect(after).toMatchObject({ reports: { from: 10 }, daysToConfirmation: { median: 3 } });
    const released = summarizeReports("telia", [...base, ...newcomers], "2026-12");
    expect(released).toMatchObject({ reports: { from: 20 }, daysToConfirmation: { median: 3 } });
    expect(countedReports([...base, ...newcomers], "2026-12")).toHaveLength(22);
  });

  it("never counts a report shared too late for any period", () => {
    const late = many(10, { sentMonth: "2025-06", filedMonth: "2026-08" });
    expect(releasedThrough(late, asOf)).toBeNull();
  });
});
