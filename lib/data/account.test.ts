import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { caseEvents, cases, reminders, sessions } from "@/db/schema";
import { caseFormSchema } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { deleteAccount, exportAccountData, getAccount, updateAccountSettings } from "./account";
import { createCase, getCase, setChecklistItem } from "./cases";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

let db: ReturnType<typeof migratedDb>;
beforeAll(() => {
  db = migratedDb();
});
const form = caseFormSchema({ today: "2026-11-25", providerIds: ["ice"] }).parse({
  provider: "ice",
  subscriptionType: "prepaid",
  phoneNumber: "41234567",
  channel: "phone",
});

describe("account data-access layer", () => {
  it("re-plans every case's reminders when the settings change (time zone, kinds, all off)", () => {
    const id = createUser("replan@example.test");
    const sent = caseFormSchema({ today: "2026-11-25", providerIds: ["ice"] }).parse({
      provider: "ice",
      subscriptionType: "prepaid",
      phoneNumber: "41234567",
      channel: "phone",
      submittedOn: "2026-11-24",
    });
    const created = createCase(id, sent);
    const pending = () =>
      db
        .select()
        .from(reminders)
        .where(and(eq(reminders.caseId, created.id), eq(reminders.status, "pending")))
        .all();
    const first = pending().find((r) => r.kind === "follow-up")!;
    expect(new Date(first.dueAt).toISOString()).toBe("2026-12-01T08:00:00.000Z"); // 09:00 Oslo
    const settings = {
      locale: "en",
      timeZone: "Asia/Shanghai",
      remindersEnabled: true,
      reminderDigest: false,
      reminderOptOuts: [] as string[],
      leavingOn: null,
    };
    updateAccountSettings(id, settings);
    expect(new Date(pending().find((r) => r.kind === "follow-up")!.dueAt).toISOString()).toBe(
      "2026-12-01T01:00:00.000Z", // 09:00 Shanghai
    );
    updateAccountSettings(id, { ...settings, reminderOptOuts: ["follow-up"] });
    expect(pending().filter((r) => r.kind === "follow-up")).toEqual([]);
    updateAccountSettings(id, { ...settings, remindersEnabled: false });
    expect(pending()).toEqual([]);
  });

  it("applies the account's leaving date to every open case: send-by, before-end, stored columns", () => {
    const id = createUser("leaves-norway@example.test");
    const planned = createCase(id, form); // planned: nothing sent yet
    const plannedRow = () => db.select().from(cases).where(eq(cases.id, planned.id)).get()!;
    const pending = () =>
      db
        .select({ kind: reminders.kind, anchor: reminders.anchor, dueOn: reminders.dueOn })
        .from(reminders)
        .where(and(eq(reminders.caseId, planned.id), eq(reminders.status, "pending")))
        .all();
    expect(pending()).toEqual([]);
    expect(plannedRow().dueKind).toBeNull();
    const versionBefore = plannedRow().version;
    const settings = {
      locale: "en",
      timeZone: "Europe/Oslo",
      remindersEnabled: true,
      reminderDigest: false,
      reminderOptOuts: [] as string[],
    };
    updateAccountSettings(id, { ...settings, leavingOn: "2027-01-20" });
    // No notice rule known for the case: the longest (a month from the 1st of next month), so
    // the last day to send is 30 Nov (ends 31 Dec); the reminder is a week before, so today.
    expect(pending()).toEqual(
      expect.arrayContaining([
        { kind: "send-by", anchor: "2027-01-20", dueOn: "2026-11-25" },
        { kind: "before-end", anchor: "2027-01-20", dueOn: "2027-01-17" },
      ]),
    );
    expect([plannedRow().dueKind, plannedRow().dueOn]).toEqual(["send-by", "2026-11-30"]);
    // The deadline moved without an edit: the version grows (calendar SEQUENCE, stale forms).
    expect(plannedRow().version).toBe(versionBefore + 1);
    expect(getCase(id, planned.id)?.accountLeavingOn).toBe("2027-01-20");
    // Staying after all: both reminders are cancelled, the stored columns follow.
    updateAccountSettings(id, { ...settings, leavingOn: null });
    expect(pending()).toEqual([]);
    expect(plannedRow().dueKind).toBeNull();
  });

  it("has Oslo and English as defaults and saves settings", () => {
    const id = createUser("settings@example.test");
    expect(getAccount(id)).toMatchObject({
      locale: "en",
      timeZone: "Europe/Oslo",
      remindersEnabled: true,
      reminderDigest: false,
    });
    updateAccountSettings(id, {
      locale: "zh",
      timeZone: "Asia/Shanghai",
      remindersEnabled: false,
      reminderDigest: true,
      reminderOptOuts: ["final-bill"],
      leavingOn: null,
    });
    expect(getAccount(id)).toMatchObject({
      locale: "zh",
      timeZone: "Asia/Shanghai",
      remindersEnabled: false,
      reminderDigest: true,
      reminderOptOuts: ["final-bill"],
      leavingOn: null,
    });
  });

  it("exports only the user's own data, with timelines and checklists", () => {
    const mine = createUser("mine@example.test");
    const other = createUser("other@example.test");
    const c = createCase(mine, form);
    setChecklistItem(mine, c.id, "prepaid-credit", true, "2026-11-25");
    createCase(other, form);
    const data = exportAccountData(mine)!;
    expect(data.account.email).toBe("mine@example.test");
    expect(data.cases).toHaveLength(1);
    expect(data.cases[0]!.timeline.map((e) => e.kind)).toEqual(["created", "checklist"]);
    expect(data.cases[0]!.checklist).toEqual([{ itemKey: "prepaid-credit", doneOn: "2026-11-25" }]);
    expect(JSON.stringify(data)).not.toContain("other@example.test");
  });

  it("deletes the account with its cases, events and sessions", () => {
    const id = createUser("leaving@example.test");
    const c = createCase(id, form);
    db.insert(sessions)
      .values({ sessionToken: "tok", userId: id, expires: new Date(Date.now() + 86_400_000) })
      .run();
    expect(deleteAccount(id)).toBe(true);
    expect(getAccount(id)).toBeNull();
    expect(db.select().from(sessions).where(eq(sessions.userId, id)).all()).toEqual([]);
    expect(db.select().from(caseEvents).where(eq(caseEvents.caseId, c.id)).all()).toEqual([]);
  });
});
