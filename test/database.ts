import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { users } from "@/db/schema";
import { createCase } from "@/lib/data/cases";
import { caseFormSchema } from "@/lib/validation/case";

/** Migrates this test file's temporary database and returns it. */
export function migratedDb() {
  const db = getDb();
  migrateDatabase(db);
  return db;
}

export function createUser(
  email: string,
  settings: Partial<typeof users.$inferInsert> = {},
): string {
  return getDb()
    .insert(users)
    .values({ email, ...settings })
    .returning({ id: users.id })
    .get().id;
}

/**
 * A Telenor prepaid case of `userId`, through the real form schema and data layer (as the form
 * would save it); `fields` override the form's values, e.g. a sent date.
 */
export function createFormCase(userId: string, fields: Record<string, string> = {}): string {
  const form = caseFormSchema({ today: "2026-11-25", providerIds: ["telenor"] }).parse({
    provider: "telenor",
    subscriptionType: "prepaid",
    phoneNumber: "91234567",
    channel: "chat",
    ...fields,
  });
  return createCase(userId, form).id;
}
