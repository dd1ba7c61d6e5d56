import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

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
