import "server-only";
import { authSecret } from "@/core/env";
import { checkSignInCode } from "@/lib/data/sign-in-codes";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { signInWithCode } from "./auth-routes";
import { pendingSignInCookie, readPendingSignIn } from "./pending-sign-in";
import { readCapped } from "./read-capped";
import { isSameOriginRequest } from "./same-origin";
import { seeOther } from "./see-other";
import { typedSignInCode, verificationTokenHash } from "./sign-in-code";
import { readTypedCode, typedCodeSetCookie } from "./typed-code";
import type { NextRequest } from "next/server";

/**
 * The code typed on the check-e-mail page. The address is the one this browser asked a link for
 * (our pending-sign-in cookie), never a form field, and every wrong code counts against that
 * address's live codes (lib/data/sign-in-codes.ts). A right one signs in through Auth.js's own
 * callback; anything else goes back to the page with the reason next to the field.
 */
export async function signInWithCodeRequest(request: NextRequest): Promise<Response> {
  if (!isSameOriginRequest(request)) return new Response("Forbidden", { status: 403 });
  const form = await readSmallForm(request);
  if (!form) return new Response("Bad Request", { status: 400 });
  const chosen = form.get("locale");
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  const typed = readTypedCode(form.get("code"));
  const back = (problem: string, extra: Record<string, string> = {}) => {
    const response = seeOther(
      `/${locale}/sign-in/check-email?${new URLSearchParams({ code: problem, ...extra })}#code`,
    );
    // A mistyped code comes back to be corrected; a void or expired one is no use any more.
    const keep = problem === "invalid" || problem === "wrong";
    response.headers.append("Set-Cookie", typedCodeSetCookie(keep ? typed : ""));
    return response;
  };

  const pending = readPendingSignIn(request.cookies.get(pendingSignInCookie)?.value, locale);
  if (!pending) return back("expired");
  const code = typedSignInCode(form.get("code"));
  if (!code) return back("invalid");
  const check = checkSignInCode(pending.email, verificationTokenHash(code, authSecret()));
  if (check.result === "void") return back("void");
  if (check.result === "wrong") return back("wrong", { left: String(check.triesLeft) });
  const signedIn = await signInWithCode(request, {
    email: pending.email,
    code,
    returnTo: pending.returnTo,
  });
  // Signed in: what was mistyped on the way is of no use any more.
  const response = new Response(signedIn.body, signedIn);
  response.headers.append("Set-Cookie", typedCodeSetCookie(""));
  return response;
}

/** The form (url-encoded, as a plain HTML form sends it), read up to 4 KiB; else null. */
async function readSmallForm(request: Request): Promise<URLSearchParams | null> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return null;
  const text = await readCapped(request, 4096);
  return text === null ? null : new URLSearchParams(text);
}
