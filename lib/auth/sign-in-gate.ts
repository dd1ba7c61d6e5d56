import { clientOf, isSignInAllowed } from "@/lib/data/sign-in-attempts";
import { siteUrl } from "@/lib/site-url";
import { normalizeEmailAddress } from "./email-address";

/**
 * A raw POST to Auth.js's sign-in route (one that skips our form) over the per-address or
 * per-client limit is answered here, before Auth.js runs: Auth.js would store a verification
 * token that is never mailed and leave a rejected promise behind when sendVerificationRequest
 * refuses. The limit is still enforced (and recorded) there, for the request that races past.
 */
export async function refuseOverSignInLimit(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !new URL(request.url).pathname.endsWith("/signin/nodemailer")) return null;
  let email: string | null;
  try {
    email = normalizeEmailAddress((await request.clone().formData()).get("email"));
  } catch {
    return null; // not a form: Auth.js answers it
  }
  if (!email || isSignInAllowed(email, clientOf(request.headers))) return null;
  const url = new URL("/sign-in/error?error=RateLimited", siteUrl).href;
  // Auth.js's own client asks for the URL as JSON; everything else gets a redirect, as from Auth.js.
  return request.headers.get("x-auth-return-redirect") ? Response.json({ url }) : Response.redirect(url, 302);
}
