import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readerReports } from "@/db/schema";
import { caseFormSchema } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { changeStatus, createCase } from "./cases";
import { operatorReportSummary, shareCaseReport, withdrawCaseReport } from "./reports";

// An operator's published figures across months: the clock is moved (no TEST_NOW here), since
// what matters is what a month's first read releases and stores.

let db: ReturnType<typeof migratedDb>;
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  db = migratedDb();
});
afterAll(() => vi.useRealTimers());
const at = (iso: string) => vi.setSystemTime(new Date(iso));

/** A case of `user`'s sent on 1 October and confirmed `days` later, shared now; its id. */
function shareCase(user: string, operator: string, days = 3): string {
  const schema = caseFormSchema({ today: "2026-12-31", providerIds: [operator] });
  const { id } = createCase(
    user,
    schema.parse({
      provider: operator,
      subscriptionType: "prepaid",
      phoneNumber: "91234567",
      channel: "chat",
      submittedOn: "2026-10-01",
    }),
  );
  const confirmedOn = `2026-10-${String(1 + days).padStart(2, "0")}`;
  changeStatus(user, id, { to: "confirmed", confirmedOn, acknowledged: false }, "2026-10-31");
  expect(shareCaseReport(user, id, [operator])).toEqual({ ok: true });
  return id;
}

/** `n` readers, each sharing one such case: "user case" pairs. */
function shareFromNewReaders(n: number, operator: string, days = 3): string[] {
  return Array.from({ length: n }, () => {
    const user = createUser(`pub-${Math.random()}@example.test`);
    return `${user} ${shareCase(user, operator, days)}`;
  });
}

describe("an operator's published figures", () => {
  it("show nothing from 9 reports and the figures from 10, from the month after sharing", () => {
    at("2026-10-20T12:00:00Z");
    shareFromNewReaders(9, "onecall");
    at("2026-11-02T12:00:00Z");
    expect(operatorReportSummary("onecall")).toMatchObject({ enough: false, asOf: "2026-11" });

    at("2026-11-10T12:00:00Z");
    shareFromNewReaders(1, "onecall");
    // Published for November already: unchanged until December.
    expect(operatorReportSummary("onecall")).toMatchObject({ enough: false, asOf: "2026-11" });
    at("2026-12-01T12:00:00Z");
    expect(operatorReportSummary("onecall")).toMatchObject({
      enough: true,
      asOf: "2026-12",
      reports: { from: 10, below: 15 },
      daysToConfirmation: { median: 3 },
      period: { from: "2026-01", to: "2026-12" },
    });
    const released = db
      .select({ month: readerReports.releasedMonth })
      .from(readerReports)
      .where(eq(readerReports.operator, "onecall"))
      .all();
    expect(released.map((r) => r.month)).toEqual(Array(10).fill("2026-12"));
  });

  it("keep their figures when a reader withdraws, until a new batch joins", () => {
    at("2026-10-20T12:00:00Z");
    const readers = shareFromNewReaders(10, "talkmore");
    at("2026-11-03T12:00:00Z");
    const november = operatorReportSummary("talkmore");
    expect(november).toMatchObject({ enough: true, reports: { from: 10 } });

    const [user, caseId] = readers[0]!.split(" ") as [string, string];
    expect(withdrawCaseReport(user, caseId)).toBe(true);
    expect(operatorReportSummary("talkmore")).toEqual(november); // this month: as published
    at("2026-12-01T08:00:00Z");
    // No batch in December: November's figures stand, so the withdrawal does not show alone.
    expect(operatorReportSummary("talkmore")).toEqual(november);
    shareFromNewReaders(10, "talkmore", 10);
    at("2027-01-04T08:00:00Z");
    // A batch of ten joins: 9 + 10 reports, the withdrawn one gone, merged with them.
    expect(operatorReportSummary("talkmore")).toMatchObject({
      asOf: "2027-01",
      reports: { from: 15, below: 20 },
    });
  });

  it("a withdrawal does not release a waiting report early", () => {
    at("2026-09-10T12:00:00Z");
    const first = shareFromNewReaders(10, "mycall");
    at("2026-10-20T12:00:00Z");
    const october = operatorReportSummary("mycall");
    expect(october).toMatchObject({ enough: true, reports: { from: 10 } });
    shareFromNewReaders(1, "mycall", 20); // waits: one report is no batch
    const [user, caseId] = first[0]!.split(" ") as [string, string];
    withdrawCaseReport(user, caseId);
    at("2026-11-02T12:00:00Z");
    expect(operatorReportSummary("mycall")).toEqual(october);
    const waiting = db
      .select({ month: readerReports.releasedMonth })
      .from(readerReports)
      .where(eq(readerReports.daysToConfirmation, 20))
      .all();
    expect(waiting).toEqual([{ month: null }]);
  });

  it("need reports from k different accounts: one account's reports wait", () => {
    at("2026-10-20T12:00:00Z");
    shareFromNewReaders(9, "lycamobile");
    const household = createUser(`household-${Math.random()}@example.test`);
    for (let i = 0; i < 3; i++) shareCase(household, "lycamobile");
    at("2026-11-02T12:00:00Z");
    // Ten accounts: one report of each joins; the household's other two wait.
    expect(operatorReportSummary("lycamobile")).toMatchObject({ reports: { from: 10, below: 15 } });
    const released = db
      .select({ month: readerReports.releasedMonth })
      .from(readerReports)
      .where(eq(readerReports.operator, "lycamobile"))
      .all();
    expect(released.filter((r) => r.month === null)).toHaveLength(2);
  });
});
