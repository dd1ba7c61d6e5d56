import "server-only";
import { cookies } from "next/headers";
import { siteUrl } from "@/lib/site-url";
import { normalizeEmailAddress } from "./email-address";
import { safeReturnPath } from "./return-path";

/**
 * The address a sign-in link was just sent to (and where it returns to), kept for an hour in an
 * HttpOnly cookie of this browser. It lets the "check your e-mail" page name the address, send
 * the link again and take the code, without the address ever being in a URL; and it is how a
 * magic link knows it was opened in the browser that asked for it (lib/auth/magic-link-gate.ts).
 */
// `__Host-` on https: a sibling subdomain or a plain-http response cannot set or toss it.
export const pendingSignInCookie = `${siteUrl.protocol === "https:" ? "__Host-" : ""}si-opp-pending-sign-in`;

export type PendingSignIn = { email: string; returnTo: string };

export async function rememberPendingSignIn(email: string, returnTo: string): Promise<void> {
  (await cookies()).set(pendingSignInCookie, JSON.stringify({ email, returnTo }), {
    httpOnly: true,
    sameSite: "lax",
    secure: siteUrl.protocol === "https:",
    path: "/",
    maxAge: 60 * 60,
  });
}

export async function pendingSignIn(locale: string): Promise<PendingSignIn | null> {
  return readPendingSignIn((await cookies()).get(pendingSignInCookie)?.value, locale);
}

/** The cookie's value, checked as if a stranger wrote it; null when it is not ours. */
export function readPendingSignIn(raw: string | undefined, locale: string): PendingSignIn | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as { email?: unknown; returnTo?: unknown };
    const email = normalizeEmailAddress(value.email);
    return email
      ? { email, returnTo: safeReturnPath(value.returnTo, locale) ?? `/${locale}/tracker` }
      : null;
  } catch {
    return null;
  }
}
