import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { reminders, users } from "@/db/schema";
import { addDays, todayIn } from "@/lib/tracker/dates";
import { caseFormSchema } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { createCase, getCase, snoozeCase, listCaseEvents } from "./cases";
import { listCaseReminders, unsubscribe } from "./reminders";

let db: ReturnType<typeof migratedDb>;
beforeAll(() => {
  db = migratedDb();
});
const today = todayIn("Europe/Oslo");
const schema = caseFormSchema({ today, providerIds: ["telenor"] });
const submittedCase = (userId: string) =>
  createCase(userId, schema.parse({ provider: "telenor", subscriptionType: "postpaid", phoneNumber: "91234567", channel: "chat", submittedOn: addDays(today, -1) }));

describe("reminders through the data-access layer", () => {
  it("plans follow-ups when a submitted case is created, in the same transaction", () => {
    const user = createUser("plan@example.test");
    const c = submittedCase(user);
    expect(listCaseReminders(user, c.id)!.map((r) => [r.kind, r.status])).toEqual([
      ["follow-up", "pending"], ["follow-up", "pending"], ["follow-up", "pending"],
    ]);
    expect(listCaseReminders(createUser("other@example.test"), c.id)).toBeNull();
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
    expect(db.select().from(users).where(eq(users.id, user)).get()!.reminderOptOuts).toEqual(["final-bill", "follow-up"]);
    expect(db.select().from(reminders).where(eq(reminders.caseId, c.id)).all().every((r) => r.status === "cancelled")).toBe(true);
    expect(unsubscribe(user, "all")).toBe(true);
    expect(db.select().from(users).where(eq(users.id, user)).get()!.remindersEnabled).toBe(false);
    expect(unsubscribe("no-such-user", "all")).toBe(false);
  });
});
