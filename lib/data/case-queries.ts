import { desc, eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { cases } from "@/db/schema";

// Query builders shared by the data layer and the benchmark (which prints their query plans),
// without `server-only` so plain Node can import them.

/** Every case of one user, newest first: the dashboard's query (index case_user). */
export function casesOfUser(db: AppDatabase, userId: string) {
  return db.select().from(cases).where(eq(cases.userId, userId)).orderBy(desc(cases.createdAt));
}
