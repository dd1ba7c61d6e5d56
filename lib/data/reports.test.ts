import { eq, getTableColumns } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { caseReportShares, readerReports } from "@/db/schema";
import { reportLimits } from "@/lib/reports/limits";
import { caseFormSchema } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { deleteAccount, exportAccountData } from "./account";
import { changeStatus, createCase, deleteCase, getCase, updateCase } from "./cases";
import { getCaseReportState, shareCaseReport, withdrawCaseReport } from "./reports";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

const today = "2026-11-25";
const operators = ["telenor", "telia", "ice", "talkmore", "onecall"];
const schema = caseFormSchema({ today, providerIds: operators });
const form = { subscriptionType: "postpaid", phoneNumber: "91234567", channel: "chat" };
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
        "releasedMonth",
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

  it("counts the limit by the reports' operator: editing a case's operator does not get round it", () => {
    const user = newUser();
    const shared = Array.from({ length: reportLimits.perOperator }, () => confirmedCase(user));
    for (const id of shared) expect(shareCaseReport(user, id, operators)).toEqual({ ok: true });
    // Moving a shared case to another operator deletes its report (it is no longer true)…
    const moved = updateCase(
      user,
      shared[0]!,
      schema.parse({
        ...form,
        provider: "ice",
        submittedOn: "2026-11-01",
        confirmedOn: "2026-11-04",
      }),
      {
        openedAt: getCase(user, shared[0]!)!.version,
        shown: {},
      },
    );
    expect(moved.ok).toBe(true);
    expect(getCaseReportState(user, shared[0]!, operators)?.shared).toBeNull();
    // …so the limit counts two Telia reports now, and a third may be shared, but not a fourth.
    const [a, b] = [confirmedCase(user), confirmedCase(user)];
    expect(shareCaseReport(user, a, operators)).toEqual({ ok: true });
    expect(shareCaseReport(user, b, operators)).toEqual({ ok: false, reason: "per-operator" });
  });

  it("deletes a shared report when its case is no longer confirmed", () => {
    const user = newUser();
    const caseId = confirmedCase(user);
    shareCaseReport(user, caseId, operators);
    // The confirmation date cleared in the edit form: the case is back to "sent".
    const edited = updateCase(
      user,
      caseId,
      schema.parse({ ...form, provider: "telia", submittedOn: "2026-11-01" }),
      { openedAt: getCase(user, caseId)!.version, shown: {} },
    );
    expect(edited.ok && edited.case.status).toBe("submitted");
    expect(getCaseReportState(user, caseId, operators)?.shared).toBeNull();
  });

  it("takes at most ten shares a day from one account, withdrawals included", () => {
    const looper = newUser();
    const caseId = confirmedCase(looper);
    for (let i = 0; i < reportLimits.perDay; i++) {
      expect(shareCaseReport(looper, caseId, operators)).toEqual({ ok: true });
      withdrawCaseReport(looper, caseId);
    }
    expect(shareCaseReport(looper, caseId, operators)).toEqual({ ok: false, reason: "per-day" });
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
