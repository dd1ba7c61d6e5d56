import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";

// The app's clock, pinned to the `today` below (see lib/clock.ts).
vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

import { caseEvents, cases } from "@/db/schema";
import { caseFormSchema, type CaseFormInput } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { changeStatus, createCase, deleteCase, getCase, getChecklist, listCaseEvents, listCases, setChecklistItem, updateCase } from "./cases";

const today = "2026-11-25";
const schema = caseFormSchema({ today, providerIds: ["telenor", "ice"] });
const form = (over: Record<string, string> = {}): CaseFormInput =>
  schema.parse({ provider: "telenor", subscriptionType: "postpaid", phoneNumber: "912 34 567", channel: "chat", ...over });

let db: ReturnType<typeof migratedDb>;
let alice: string;
let bob: string;
beforeAll(() => {
  db = migratedDb();
  alice = createUser("alice@example.test");
  bob = createUser("bob@example.test");
});

describe("cases data-access layer (real SQLite file)", () => {
  it("creates a case with a normalized number and a 'created' event", () => {
    const created = createCase(alice, form());
    expect(created).toMatchObject({ status: "planned", phoneNumber: "+4791234567", provider: "telenor" });
    expect(created).not.toHaveProperty("userId");
    expect(listCaseEvents(alice, created.id)).toEqual([expect.objectContaining({ kind: "created", to: "planned" })]);
  });

  it("starts as submitted when a submission date is given", () => {
    expect(createCase(alice, form({ submittedOn: "2026-11-20" })).status).toBe("submitted");
  });

  it("logs one event per changed field on edit, and none when nothing changed", () => {
    const c = createCase(alice, form());
    updateCase(alice, c.id, form({ customerNumber: "C-1", notes: "called twice" }));
    const edits = listCaseEvents(alice, c.id)!.filter((e) => e.kind === "edited");
    expect(edits.map((e) => [e.field, e.from, e.to])).toEqual([
      ["customerNumber", null, "C-1"],
      ["notes", null, "called twice"],
    ]);
    updateCase(alice, c.id, form({ customerNumber: "C-1", notes: "called twice" }));
    expect(listCaseEvents(alice, c.id)!.filter((e) => e.kind === "edited")).toHaveLength(2);
  });

  it("walks the status path with dates and refuses a skipped step", () => {
    const c = createCase(alice, form());
    expect(changeStatus(alice, c.id, { to: "confirmed" }, today)).toEqual({ ok: false, reason: "not-allowed" });
    expect(getCase(alice, c.id)!.status).toBe("planned");

    const submitted = changeStatus(alice, c.id, { to: "submitted" }, today);
    expect(submitted).toMatchObject({ ok: true, case: { status: "submitted", submittedOn: today } });
    const confirmed = changeStatus(alice, c.id, { to: "confirmed", confirmationReference: "REF-9", endsOn: "2026-12-31" }, today);
    expect(confirmed).toMatchObject({ ok: true, case: { status: "confirmed", confirmedOn: today, confirmationReference: "REF-9", endsOn: "2026-12-31" } });
    const statusEvents = listCaseEvents(alice, c.id)!.filter((e) => e.kind === "status").map((e) => `${e.from}→${e.to}`);
    expect(statusEvents).toEqual(["planned→submitted", "submitted→confirmed"]);
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
    expect(() => db.update(caseEvents).set({ toValue: "forged" }).where(eq(caseEvents.caseId, c.id)).run()).toThrow(/append-only/);
  });
});

describe("two users: nobody reaches another user's case", () => {
  it("hides Alice's case from Bob and lets none of Bob's calls change it", () => {
    const c = createCase(alice, form({ notes: "Alice's" }));
    const before = db.select().from(cases).where(eq(cases.id, c.id)).get();
    const eventsBefore = listCaseEvents(alice, c.id)!.length;

    expect(getCase(bob, c.id)).toBeNull();
    expect(listCases(bob).map((x) => x.id)).not.toContain(c.id);
    expect(listCaseEvents(bob, c.id)).toBeNull();
    expect(getChecklist(bob, c.id)).toBeNull();
    expect(updateCase(bob, c.id, form({ notes: "Bob was here" }))).toBeNull();
    expect(changeStatus(bob, c.id, { to: "submitted" }, today)).toEqual({ ok: false, reason: "not-found" });
    expect(setChecklistItem(bob, c.id, "backups", true, today)).toBe(false);
    expect(deleteCase(bob, c.id)).toBe(false);

    expect(db.select().from(cases).where(eq(cases.id, c.id)).get()).toEqual(before);
    expect(listCaseEvents(alice, c.id)!.length).toBe(eventsBefore);
  });

  it("deletes a case with its history for its owner", () => {
    const c = createCase(alice, form());
    setChecklistItem(alice, c.id, "backups", true, today);
    expect(deleteCase(alice, c.id)).toBe(true);
    expect(getCase(alice, c.id)).toBeNull();
    const orphans = db.select({ n: sql<number>`count(*)` }).from(caseEvents).where(eq(caseEvents.caseId, c.id)).get()!.n;
    expect(orphans).toBe(0);
  });
});
