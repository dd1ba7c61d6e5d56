import { eq, getTableColumns } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { caseReportShares, readerReports } from "@/db/schema";
import { reportLimits } from "@/lib/reports/limits";
import { caseFormSchema } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { deleteAccount, exportAccountData } from "./account";
import { changeStatus, createCase, deleteCase } from "./cases";
import {
  getCaseReportState,
  operatorReportSummary,
  shareCaseReport,
  withdrawCaseReport,
} from "./reports";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

const today = "2026-11-25";
const operators = ["telenor", "telia", "ice", "talkmore", "onecall"];
const schema = caseFormSchema({ today, providerIds: operators });
let db: ReturnType<typeof migratedDb>;
beforeAll(() => {
  db = migratedDb();
});

const newUser = () => createUser(`rep-${Math.random()}@example.test`);

/** A case sent on 1 November and confirmed on the 4th, through the status buttons. */
function confirmedCase(userId: string, provider = "telia"): string {
  const { id } = createCase(
    userId,
    schema.parse({
      provider,
      subscriptionType: "postpaid",
      phoneNumber: "91234567",
      channel: "chat",
      submittedOn: "2026-11-01",
    }),
  );
  const moved = changeStatus(
    userId,
    id,
    { to: "confirmed", confirmedOn: "2026-11-04", acknowledged: false },
    today,
  );
  expect(moved.ok).toBe(true);
  return id;
}
const reportCount = () => db.select().from(readerReports).all().length;

describe("sharing a closed case's report", () => {
  it("stores the month and the days, apart from the case, and once per case", () => {
    const user = newUser();
    const caseId = confirmedCase(user);
    const before = reportCount();
    expect(getCaseReportState(user, caseId, operators)).toMatchObject({ shared: null });

    expect(shareCaseReport(user, caseId, operators)).toEqual({ ok: true });
    expect(shareCaseReport(user, caseId, operators)).toEqual({ ok: true }); // brought up to date
    expect(reportCount()).toBe(before + 1);
    expect(getCaseReportState(user, caseId, operators)?.shared).toEqual({
      operator: "telia",
      subscriptionType: "postpaid",
      channel: "chat",
      sentMonth: "2026-11",
      daysToConfirmation: 3,
      daysToEnd: null,
      chaseOrComplaint: false,
      finalBillRight: null,
    });
  });

  it("keeps nothing in the report table that names the user, the number or a day", () => {
    expect(Object.keys(getTableColumns(readerReports)).sort()).toEqual(
      [
        "id",
        "operator",
        "subscriptionType",
        "channel",
        "sentMonth",
        "daysToConfirmation",
        "daysToEnd",
        "chaseOrComplaint",
        "finalBillRight",
        "filedMonth",
      ].sort(),
    );
  });

  it("refuses a case added as already confirmed (not through the tracker's stages)", () => {
    const user = newUser();
    const { id } = createCase(
      user,
      schema.parse({
        provider: "telia",
        subscriptionType: "postpaid",
        phoneNumber: "91234567",
        channel: "chat",
        submittedOn: "2026-11-01",
        confirmedOn: "2026-11-04",
      }),
    );
    expect(shareCaseReport(user, id, operators)).toEqual({
      ok: false,
      reason: "not-through-stages",
    });
  });

  it("treats another user's case as one that does not exist", () => {
    const owner = newUser();
    const caseId = confirmedCase(owner);
    const stranger = newUser();
    expect(getCaseReportState(stranger, caseId, operators)).toBeNull();
    expect(shareCaseReport(stranger, caseId, operators)).toEqual({
      ok: false,
      reason: "not-found",
    });
    shareCaseReport(owner, caseId, operators);
    expect(withdrawCaseReport(stranger, caseId)).toBe(false);
    expect(getCaseReportState(owner, caseId, operators)?.shared).not.toBeNull();
  });

  it("takes at most three live reports per operator from one account", () => {
    const user = newUser();
    const ids = Array.from({ length: reportLimits.perOperator + 1 }, () => confirmedCase(user));
    for (const id of ids.slice(0, -1))
      expect(shareCaseReport(user, id, operators)).toEqual({ ok: true });
    expect(shareCaseReport(user, ids.at(-1)!, operators)).toEqual({
      ok: false,
      reason: "per-operator",
    });
    withdrawCaseReport(user, ids[0]!);
    expect(shareCaseReport(user, ids.at(-1)!, operators)).toEqual({ ok: true });
  });

  it("takes at most ten shares a day from one account", () => {
    const user = newUser();
    const ids = operators.flatMap((operator) =>
      Array.from({ length: 3 }, () => confirmedCase(user, operator)),
    );
    const outcomes = ids.map((id) => shareCaseReport(user, id, operators));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(reportLimits.perDay);
    expect(outcomes.at(-1)).toEqual({ ok: false, reason: "per-day" });
  });
});

describe("a report goes when consent does", () => {
  it("withdrawing deletes the report", () => {
    const user = newUser();
    const caseId = confirmedCase(user);
    shareCaseReport(user, caseId, operators);
    const before = reportCount();
    expect(withdrawCaseReport(user, caseId)).toBe(true);
    expect(reportCount()).toBe(before - 1);
    expect(getCaseReportState(user, caseId, operators)?.shared).toBeNull();
  });

  it("deleting the case or the account deletes its reports", () => {
    const user = newUser();
    const [a, b, c] = [confirmedCase(user), confirmedCase(user), confirmedCase(user, "ice")];
    for (const id of [a, b, c]) shareCaseReport(user, id, operators);
    const before = reportCount();
    deleteCase(user, a);
    expect(reportCount()).toBe(before - 1);
    deleteAccount(user);
    expect(reportCount()).toBe(before - 3);
    expect(
      db.select().from(caseReportShares).where(eq(caseReportShares.userId, user)).all(),
    ).toEqual([]);
  });

  it("the account's export lists what each case shared", () => {
    const user = newUser();
    const caseId = confirmedCase(user);
    shareCaseReport(user, caseId, operators);
    const exported = exportAccountData(user)!;
    expect(exported.cases.find((c) => c.id === caseId)).toMatchObject({
      sharedReport: { operator: "telia", sentMonth: "2026-11", daysToConfirmation: 3 },
    });
  });
});

describe("an operator's figures", () => {
  const seed = (operator: string, n: number) =>
    db
      .insert(readerReports)
      .values(
        Array.from({ length: n }, (_, i) => ({
          operator,
          subscriptionType: "postpaid",
          channel: "chat",
          sentMonth: "2026-08",
          daysToConfirmation: 2 + (i % 3),
          chaseOrComplaint: false,
          filedMonth: "2026-09",
        })),
      )
      .run();

  it("come from k = 10 reports shared in earlier months, and not from 9", () => {
    seed("onecall", 9);
    expect(operatorReportSummary("onecall")).toMatchObject({ enough: false, asOf: "2026-11" });
    seed("onecall", 1);
    expect(operatorReportSummary("onecall")).toMatchObject({
      enough: true,
      reports: { from: 10, below: 15 },
      daysToConfirmation: { median: 3 },
      period: { from: "2025-11", to: "2026-10" },
    });
  });

  it("leave out reports shared this month", () => {
    const user = newUser();
    const caseId = confirmedCase(user, "talkmore");
    shareCaseReport(user, caseId, operators);
    seed("talkmore", 9);
    expect(operatorReportSummary("talkmore")).toMatchObject({ enough: false });
  });
});
