import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { caseEvents, cases } from "@/db/schema";
import { caseFormSchema, type CaseFormInput } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import {
  changeStatus,
  createCase,
  formValuesOf,
  getCase,
  getChecklist,
  listCaseEvents,
  recordFinalBill,
  setChecklistItem,
  snoozeCase,
  updateCase,
} from "./cases";
import { listCaseReminders } from "./reminders";

// The app's clock, pinned to the `today` below (see lib/clock.ts).
vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

const today = "2026-11-25";
const schema = caseFormSchema({ today, providerIds: ["telenor", "ice"] });
const form = (over: Record<string, string> = {}): CaseFormInput =>
  schema.parse({
    provider: "telenor",
    subscriptionType: "postpaid",
    phoneNumber: "912 34 567",
    channel: "chat",
    ...over,
  });
const move = (
  to: "submitted" | "confirmed" | "completed" | "rejected" | "withdrawn" | "planned",
  extra: Record<string, string | boolean> = {},
) => ({ to, acknowledged: false, ...extra });
/** The edit form exactly as the page opens it for the case as it is now. */
const opened = (userId: string, caseId: string) => {
  const c = getCase(userId, caseId)!;
  return { openedAt: c.version, shown: formValuesOf(c) };
};

let db: ReturnType<typeof migratedDb>;
let alice: string;
beforeAll(() => {
  db = migratedDb();
  alice = createUser("alice@example.test");
});

describe("cases data-access layer (real SQLite file)", () => {
  it("creates a case with a normalized number and a 'created' event", () => {
    const created = createCase(alice, form());
    expect(created).toMatchObject({
      status: "planned",
      phoneNumber: "+4791234567",
      provider: "telenor",
      version: 1,
    });
    expect(created).not.toHaveProperty("userId");
    expect(listCaseEvents(alice, created.id)).toEqual([
      expect.objectContaining({ kind: "created", to: "planned" }),
    ]);
  });

  it("the status follows the dates given on create: sent → waiting, confirmed → confirmed (no follow-up)", () => {
    expect(createCase(alice, form({ submittedOn: "2026-11-20" })).status).toBe("submitted");
    const confirmed = createCase(
      alice,
      form({ submittedOn: "2026-11-10", confirmedOn: "2026-11-12", endsOn: "2026-12-31" }),
    );
    expect(confirmed.status).toBe("confirmed");
    expect(listCaseReminders(alice, confirmed.id)!.filter((r) => r.kind === "follow-up")).toEqual(
      [],
    );
  });

  it("…and on edit: adding a sent date moves a planned case on; removing the confirmation moves it back", () => {
    const c = createCase(alice, form());
    expect(
      updateCase(alice, c.id, form({ submittedOn: "2026-11-20" }), opened(alice, c.id)),
    ).toMatchObject({ ok: true, case: { status: "submitted" } });
    expect(
      updateCase(
        alice,
        c.id,
        form({ submittedOn: "2026-11-20", confirmedOn: "2026-11-21" }),
        opened(alice, c.id),
      ),
    ).toMatchObject({ ok: true, case: { status: "confirmed" } });
    expect(
      updateCase(alice, c.id, form({ submittedOn: "2026-11-20" }), opened(alice, c.id)),
    ).toMatchObject({ ok: true, case: { status: "submitted" } });
    const statusEvents = listCaseEvents(alice, c.id)!
      .filter((e) => e.kind === "status")
      .map((e) => `${e.from}→${e.to}`);
    expect(statusEvents).toEqual([
      "planned→submitted",
      "submitted→confirmed",
      "confirmed→submitted",
    ]);
  });

  it("logs one event per changed field on edit, and none when nothing changed", () => {
    const c = createCase(alice, form());
    updateCase(
      alice,
      c.id,
      form({ customerNumber: "C-1", notes: "called twice" }),
      opened(alice, c.id),
    );
    const edits = listCaseEvents(alice, c.id)!.filter((e) => e.kind === "edited");
    expect(edits.map((e) => [e.field, e.from, e.to])).toEqual([
      ["customerNumber", null, "C-1"],
      ["notes", null, "called twice"],
    ]);
    updateCase(
      alice,
      c.id,
      form({ customerNumber: "C-1", notes: "called twice" }),
      opened(alice, c.id),
    );
    expect(listCaseEvents(alice, c.id)!.filter((e) => e.kind === "edited")).toHaveLength(2);
  });

  it("a stale edit form writes nothing and says what changed since it was opened", () => {
    const c = createCase(alice, form({ submittedOn: "2026-11-20" }));
    const staleForm = opened(alice, c.id); // tab 1 opens the edit form
    expect(
      changeStatus(
        alice,
        c.id,
        move("confirmed", {
          confirmedOn: "2026-11-24",
          confirmationReference: "REF-1",
          endsOn: "2026-12-31",
        }),
        today,
      ).ok,
    ).toBe(true); // tab 2
    const before = db.select().from(cases).where(eq(cases.id, c.id)).get();
    const result = updateCase(
      alice,
      c.id,
      form({ submittedOn: "2026-11-20", notes: "typed in tab 1" }),
      staleForm,
    );
    expect(result).toMatchObject({ ok: false, reason: "stale" });
    expect(result.ok ? [] : "changed" in result ? result.changed : []).toEqual([
      { field: "confirmationReference", now: "REF-1" },
      { field: "confirmedOn", now: "2026-11-24" },
      { field: "endsOn", now: "2026-12-31" },
    ]);
    expect(db.select().from(cases).where(eq(cases.id, c.id)).get()).toEqual(before);
    // Saved again from the form as it now stands (fresh version), it goes through on purpose.
    expect(
      updateCase(
        alice,
        c.id,
        form({ submittedOn: "2026-11-20", notes: "typed in tab 1" }),
        opened(alice, c.id),
      ).ok,
    ).toBe(true);
  });

  it("status buttons follow the same date rule, and never fill a missing date with today", () => {
    const c = createCase(alice, form({ submittedOn: "2026-11-20" }));
    expect(
      changeStatus(alice, c.id, move("confirmed", { confirmedOn: "2026-11-19" }), today),
    ).toEqual({
      ok: false,
      reason: "invalid",
      problems: [{ field: "confirmedOn", code: "beforeSubmitted" }],
    });
    expect(
      changeStatus(
        alice,
        c.id,
        move("confirmed", { confirmedOn: "2026-11-21", endsOn: "2026-11-01" }),
        today,
      ),
    ).toEqual({
      ok: false,
      reason: "invalid",
      problems: [{ field: "endsOn", code: "beforeSubmitted" }],
    });
    expect(changeStatus(alice, c.id, move("confirmed"), today)).toEqual({
      ok: false,
      reason: "invalid",
      problems: [{ field: "confirmedOn", code: "required" }],
    });
    expect(getCase(alice, c.id)).toMatchObject({
      status: "submitted",
      confirmedOn: null,
      endsOn: null,
    });

    const planned = createCase(alice, form());
    expect(changeStatus(alice, planned.id, move("submitted"), today)).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(
      changeStatus(alice, planned.id, move("confirmed", { confirmedOn: today }), today),
    ).toEqual({ ok: false, reason: "not-allowed" });
    expect(
      changeStatus(alice, planned.id, move("submitted", { submittedOn: "2026-11-22" }), today),
    ).toMatchObject({ ok: true, case: { status: "submitted", submittedOn: "2026-11-22" } });
  });

  it("'all done' too early asks for an acknowledgement, keeps the before-end reminder, and can be undone", () => {
    const c = createCase(
      alice,
      form({ submittedOn: "2026-11-10", confirmedOn: "2026-11-12", endsOn: "2026-12-31" }),
    );
    expect(changeStatus(alice, c.id, move("completed"), today)).toEqual({
      ok: false,
      reason: "needs-acknowledgement",
      warnings: ["service-still-running", "number-items-open"],
    });
    expect(getCase(alice, c.id)!.status).toBe("confirmed");
    expect(
      changeStatus(alice, c.id, move("completed", { acknowledged: true }), today),
    ).toMatchObject({ ok: true, case: { status: "completed" } });
    expect(
      listCaseReminders(alice, c.id)!
        .filter((r) => r.status === "pending")
        .map((r) => r.kind),
    ).toEqual(["before-end", "final-bill"]);
    expect(changeStatus(alice, c.id, move("confirmed"), today)).toMatchObject({
      ok: true,
      case: { status: "confirmed", confirmedOn: "2026-11-12" },
    });
  });

  it("'all done' after the end with every number item ticked needs no acknowledgement", () => {
    const c = createCase(
      alice,
      form({ submittedOn: "2026-10-01", confirmedOn: "2026-10-02", endsOn: "2026-10-31" }),
    );
    for (const item of getChecklist(alice, c.id)!)
      setChecklistItem(alice, c.id, item.key, true, today);
    expect(changeStatus(alice, c.id, move("completed"), today)).toMatchObject({ ok: true });
  });

  it("records the final bill: correct stops its reminder, disputed also marks the dispute", () => {
    const c = createCase(
      alice,
      form({ submittedOn: "2026-10-01", confirmedOn: "2026-10-02", endsOn: "2026-10-31" }),
    );
    expect(
      listCaseReminders(alice, c.id)!.some(
        (r) => r.kind === "final-bill" && r.status === "pending",
      ),
    ).toBe(true);
    expect(recordFinalBill(alice, c.id, "disputed")).toBe(true);
    expect(getCase(alice, c.id)).toMatchObject({ finalBillChecked: true, finalBillDisputed: true });
    expect(
      listCaseReminders(alice, c.id)!.some(
        (r) => r.kind === "final-bill" && r.status === "pending",
      ),
    ).toBe(false);
    expect(recordFinalBill(alice, c.id, "correct")).toBe(true);
    expect(getCase(alice, c.id)).toMatchObject({
      finalBillChecked: true,
      finalBillDisputed: false,
    });
  });

  it("every write bumps the version; snooze and resume are logged", () => {
    const c = createCase(alice, form({ submittedOn: "2026-11-20" }));
    snoozeCase(alice, c.id, "2026-12-02");
    setChecklistItem(alice, c.id, "backups", true, today);
    snoozeCase(alice, c.id, null);
    expect(getCase(alice, c.id)!.version).toBe(4);
    expect(
      listCaseEvents(alice, c.id)!
        .filter((e) => e.field === "snoozedUntil")
        .map((e) => [e.from, e.to]),
    ).toEqual([
      [null, "2026-12-02"],
      ["2026-12-02", null],
    ]);
  });

  it("ticks only checklist items that apply, with the date, and logs them", () => {
    const c = createCase(alice, form({ channel: "porting" }));
    expect(getChecklist(alice, c.id)!.map((i) => i.key)).toEqual(["backups", "documents"]);
    expect(setChecklistItem(alice, c.id, "vipps", true, today)).toBe(false);
    expect(setChecklistItem(alice, c.id, "backups", true, today)).toBe(true);
    expect(getChecklist(alice, c.id)!.find((i) => i.key === "backups")!.doneOn).toBe(today);
    setChecklistItem(alice, c.id, "backups", false, today);
    expect(getChecklist(alice, c.id)!.find((i) => i.key === "backups")!.doneOn).toBeNull();
    expect(listCaseEvents(alice, c.id)!.filter((e) => e.kind === "checklist")).toHaveLength(2);
  });

  it("keeps the timeline append-only", () => {
    const c = createCase(alice, form());
    expect(() =>
      db.update(caseEvents).set({ toValue: "forged" }).where(eq(caseEvents.caseId, c.id)).run(),
    ).toThrow(/append-only/);
  });

  it("deletes a case with its history", async () => {
    const { deleteCase } = await import("./cases");
    const c = createCase(alice, form());
    setChecklistItem(alice, c.id, "backups", true, today);
    expect(deleteCase(alice, c.id)).toBe(true);
    expect(getCase(alice, c.id)).toBeNull();
    expect(
      db
        .select({ n: sql<number>`count(*)` })
        .from(caseEvents)
        .where(eq(caseEvents.caseId, c.id))
        .get()!.n,
    ).toBe(0);
  });
});
