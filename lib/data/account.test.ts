import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { caseEvents, sessions } from "@/db/schema";
import { caseFormSchema } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { deleteAccount, exportAccountData, getAccount, updateAccountSettings } from "./account";
import { createCase, setChecklistItem } from "./cases";

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
    });
    expect(getAccount(id)).toMatchObject({
      locale: "zh",
      timeZone: "Asia/Shanghai",
      remindersEnabled: false,
      reminderDigest: true,
      reminderOptOuts: ["final-bill"],
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
