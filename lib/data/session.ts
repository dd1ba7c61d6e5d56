import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { now as clockNow } from "@/lib/clock";
import { sessionAndUserOf } from "./session-lookup";

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
  const found = token ? sessionAndUserOf(token) : null;
  return found && found.session.expires.getTime() > now ? (found.user.email ?? null) : null;
}
