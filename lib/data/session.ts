import "server-only";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { auth } from "@/lib/auth";
import { now as clockNow } from "@/lib/clock";

export type SessionUser = { id: string; email: string };

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  return id ? { id, email: session.user?.email ?? "" } : null;
}

/**
 * For every tracker page and action: the signed-in user, or a redirect to sign-in that comes
 * back to `returnTo` afterwards. A page-level check does not protect actions: each calls this.
 */
export async function requireUser(
  locale: string,
  returnTo = `/${locale}/tracker`,
): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * The address a session cookie's value is signed in as, read from the database as Auth.js would
 * (an expired session is no session). For code that runs before Auth.js on its own routes and
 * has a request rather than Next's request scope (lib/auth/auth-routes.ts).
 */
export function emailOfSessionToken(token: string | undefined, now = clockNow()): string | null {
  if (!token) return null;
  const row = getDb()
    .select({ email: users.email, expires: sessions.expires })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.sessionToken, token))
    .get();
  return row && row.expires.getTime() > now ? (row.email ?? null) : null;
}
