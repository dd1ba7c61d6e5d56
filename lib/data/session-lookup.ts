import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { preparedOnce } from "@/db/prepared-statements";
import { sessions, users } from "@/db/schema";

// Every signed-in request reads its session and user: compiled once (db/prepared-statements.ts).
const sessionAndUserByToken = preparedOnce((db) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.sessionToken, sql.placeholder("token")))
    .prepare(),
);

/**
 * The session with this token and its user, or null: the read Auth.js's Drizzle adapter makes
 * (`getSessionAndUser`, same rows), expired or not; the caller decides what an expired one means.
 */
export function sessionAndUserOf(token: string) {
  return sessionAndUserByToken(getDb()).get({ token }) ?? null;
}
