import "server-only";
import { cookies } from "next/headers";
import { siteUrl } from "@/lib/site-url";
import { normalizeEmailAddress } from "./email-address";
import { safeReturnPath } from "./return-path";

/**
 * The address a sign-in link was just sent to (and where it returns to), kept for an hour in an
 * HttpOnly cookie of this browser, so the "check your e-mail" page can name it and send it again
 * without the address ever being in a URL.
 */
const cookie = "si-opp-pending-sign-in";

export async function rememberPendingSignIn(email: string, returnTo: string): Promise<void> {
  (await cookies()).set(cookie, JSON.stringify({ email, returnTo }), {
    httpOnly: true,
    sameSite: "lax",
    secure: siteUrl.protocol === "https:",
    path: "/",
    maxAge: 60 * 60,
  });
}

export async function pendingSignIn(
  locale: string,
): Promise<{ email: string; returnTo: string } | null> {
  const raw = (await cookies()).get(cookie)?.value;
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
