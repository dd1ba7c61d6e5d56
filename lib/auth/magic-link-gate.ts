import "server-only";
import { localeOfPath } from "./callback-url";
import { normalizeEmailAddress } from "./email-address";
import { pendingSignInCookie, readPendingSignIn } from "./pending-sign-in";
import { seeOther } from "./see-other";
import { isLinkToken } from "./sign-in-code";
import type { NextRequest } from "next/server";

/** Where every magic link points (Auth.js's callback for our Nodemailer provider). */
export const magicLinkPath = "/api/auth/callback/nodemailer";

/**
 * A magic link is a GET anyone can make a browser open. Without this, an attacker could ask for a
 * link to their own address and have a victim's browser open it: the victim would be silently
 * signed in to the attacker's account (and out of their own), and type their numbers there.
 *
 * So a link signs in straight away only in the browser that asked for it (it holds our
 * pending-sign-in cookie for that address) and that is not signed in as someone else. Anywhere
 * else it shows "Sign in as a…@example.com?" (app/[locale]/sign-in/confirm), which finishes with
 * a same-origin POST to the same URL. Tokens other than a link's (a code typed into the URL) are
 * refused here: codes are checked, and counted, only by app/api/auth/code/route.ts.
 *
 * Returns the response that holds the request back, or null to let Auth.js sign in.
 */
export async function magicLinkGate(
  request: NextRequest,
  signedInAs: string | null,
): Promise<Response | null> {
  const params = request.nextUrl.searchParams;
  const token = params.get("token");
  const email = normalizeEmailAddress(params.get("email"));
  const returnTo = params.get("callbackUrl"); // already a safe path (lib/auth/auth-routes.ts)
  const locale = localeOfPath(returnTo);
  // Exactly one of each: we read the first value, Auth.js the last, so a repeated `token` or
  // `email` would let one pass this gate and the other sign in.
  const once = (name: string) => params.getAll(name).length === 1;
  if (
    !once("token") ||
    !once("email") ||
    !isLinkToken(token) ||
    !email ||
    email !== params.get("email")
  )
    return seeOther(`/${locale}/sign-in/error?error=Verification`);
  if (request.method === "POST") return null; // the confirmation: its origin is checked by the caller
  const pending = readPendingSignIn(request.cookies.get(pendingSignInCookie)?.value, locale);
  const askedHere = pending?.email === email;
  const nobodyElse = signedInAs === null || signedInAs === email;
  if (askedHere && nobodyElse) return null;
  const confirm = new URLSearchParams({
    token,
    email,
    ...(returnTo ? { callbackUrl: returnTo } : {}),
  });
  return seeOther(`/${locale}/sign-in/confirm?${confirm}`);
}
