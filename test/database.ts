import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { users } from "@/db/schema";

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
