"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import type { SignInState } from "@/components/auth/sign-in-form";
import { asForm } from "@/lib/actions/form-action";
import { signIn } from "@/lib/auth";
import { normalizeEmailAddress } from "@/lib/auth/email-address";
import { rememberPendingSignIn } from "@/lib/auth/pending-sign-in";
import { safeReturnPath } from "@/lib/auth/return-path";
import { linkWasSent } from "@/lib/auth/sign-in-outcome";
import { clientOf, isSignInAllowed } from "@/lib/data/sign-in-attempts";
import { isLocale } from "@/lib/i18n/locales";

export async function requestSignInLink(
  _prev: SignInState,
  submitted: FormData,
): Promise<SignInState> {
  const formData = asForm(submitted);
  const locale = String(formData.get("locale"));
  if (!isLocale(locale)) return { error: "failed" };
  const raw = formData.get("email");
  const typed = typeof raw === "string" ? raw.slice(0, 254) : "";
  const email = normalizeEmailAddress(raw);
  if (!email) return { error: "invalidEmail", email: typed };

  // Checked here for a friendly message; recorded (and enforced) where the link is sent.
  const client = clientOf(await headers());
  if (!isSignInAllowed(email, client)) return { error: "rateLimited", email };

  const returnTo = safeReturnPath(formData.get("callbackUrl"), locale) ?? `/${locale}/tracker`;
  let outcome: string;
  try {
    outcome = await signIn("nodemailer", { email, redirectTo: returnTo, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { error: "failed", email };
    throw error;
  }
  if (!linkWasSent(outcome))
    return { error: isSignInAllowed(email, client) ? "failed" : "rateLimited", email };
  await rememberPendingSignIn(email, returnTo);
  redirect(`/${locale}/sign-in/check-email`);
}
