import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { reminders, users } from "@/db/schema";
import { addDays } from "@/lib/tracker/dates";
import { caseFormSchema } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { createCase, getCase, snoozeCase, listCaseEvents } from "./cases";
import { listCaseReminders, unsubscribe } from "./reminders";

// The app's clock, pinned: 01:30 in Oslo, when nothing of today's is due yet.
vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-26T00:30:00Z";
});

let db: ReturnType<typeof migratedDb>;
beforeAll(() => {
  db = migratedDb();
});
const today = "2026-11-26";
const schema = caseFormSchema({ today, providerIds: ["telenor"] });
const submittedCase = (userId: string) =>
  createCase(
    userId,
    schema.parse({
      provider: "telenor",
      subscriptionType: "postpaid",
      phoneNumber: "91234567",
      channel: "chat",
      submittedOn: addDays(today, -1),
    }),
  );

describe("reminders through the data-access layer", () => {
  it("plans follow-ups when a submitted case is created, in the same transaction", () => {
    const user = createUser("plan@example.test");
    const c = submittedCase(user);
    expect(listCaseReminders(user, c.id)!.map((r) => [r.kind, r.status])).toEqual([
      ["follow-up", "pending"],
      ["follow-up", "pending"],
      ["follow-up", "pending"],
    ]);
    expect(listCaseReminders(createUser("other@example.test"), c.id)).toBeNull();
  });

  it("a case sent 8 days ago gets its catch-up follow-up at 09:00 today, not at once at 01:30", () => {
    const user = createUser("night@example.test");
    const c = createCase(
      user,
      schema.parse({
        provider: "telenor",
        subscriptionType: "postpaid",
        phoneNumber: "91234567",
        channel: "chat",
        submittedOn: addDays(today, -8),
      }),
    );
    const pending = listCaseReminders(user, c.id)!.filter((r) => r.status === "pending");
    expect(pending[0]).toMatchObject({
      kind: "follow-up",
      dueOn: today,
      dueAt: Date.parse("2026-11-26T08:00:00Z"),
    });
  });

  it("snoozing moves the next reminder a week out and is logged", () => {
    const user = createUser("snooze@example.test");
    const c = submittedCase(user);
    expect(snoozeCase(user, c.id, addDays(today, 7))).toBe(true);
    expect(getCase(user, c.id)!.snoozedUntil).toBe(addDays(today, 7));
    const pending = listCaseReminders(user, c.id)!.filter((r) => r.status === "pending");
    expect(pending.every((r) => r.dueOn >= addDays(today, 7))).toBe(true);
    expect(listCaseEvents(user, c.id)!.some((e) => e.field === "snoozedUntil")).toBe(true);
  });

  it("an unsubscribe for one kind cancels that kind only; 'all' turns reminders off", () => {
    const user = createUser("unsub@example.test");
    const c = submittedCase(user);
    expect(unsubscribe(user, "final-bill")).toBe(true);
    expect(listCaseReminders(user, c.id)!.filter((r) => r.status === "pending")).toHaveLength(3);
    expect(unsubscribe(user, "follow-up")).toBe(true);
    expect(db.select().from(users).where(eq(users.id, user)).get()!.reminderOptOuts).toEqual([
      "final-bill",
      "follow-up",
    ]);
    expect(
      db
        .select()
        .from(reminders)
        .where(eq(reminders.caseId, c.id))
        .all()
        .every((r) => r.status === "cancelled"),
    ).toBe(true);
    expect(unsubscribe(user, "all")).toBe(true);
    expect(db.select().from(users).where(eq(users.id, user)).get()!.remindersEnabled).toBe(false);
    expect(unsubscribe("no-such-user", "all")).toBe(false);
  });
});

describe("re-syncing many cases at once", () => {
  it("reaches every case of a user past the number read per query, and each only its own rows", () => {
    const user = createUser("many@example.test");
    const count = 520; // more than one query's worth of case ids (500)
    const ids = Array.from({ length: count }, () => submittedCase(user).id);
    expect(unsubscribe(user, "follow-up")).toBe(true);
    const rows = db.select().from(reminders).where(eq(reminders.userId, user)).all();
    expect(new Set(rows.map((r) => r.caseId))).toEqual(new Set(ids));
    expect(rows.filter((r) => r.kind === "follow-up").every((r) => r.status === "cancelled")).toBe(
      true,
    );
    expect(rows).toHaveLength(count * 3);
  });
});
