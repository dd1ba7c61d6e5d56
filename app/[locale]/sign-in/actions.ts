"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { linkWasSent } from "@/lib/auth/sign-in-outcome";
import { clientOf, isSignInAllowed } from "@/lib/data/sign-in-attempts";
import { isLocale } from "@/lib/i18n/locales";

export type SignInState = { error?: "invalidEmail" | "rateLimited" | "failed"; email?: string };

const emailSchema = z.email().max(254);

/** Only paths inside this site, in the reader's locale, are allowed as the place to return to. */
function safeReturnTo(value: FormDataEntryValue | null, locale: string): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith(`/${locale}/`) && !path.startsWith("//") ? path : `/${locale}/tracker`;
}

export async function requestSignInLink(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const locale = String(formData.get("locale"));
  if (!isLocale(locale)) return { error: "failed" };
  const raw = String(formData.get("email") ?? "").trim();
  const email = emailSchema.safeParse(raw);
  if (!email.success) return { error: "invalidEmail", email: raw.slice(0, 254) };

  // Checked here for a friendly message; recorded (and enforced) where the link is sent.
  const client = clientOf(await headers());
  if (!isSignInAllowed(email.data, client)) return { error: "rateLimited", email: email.data };

  let outcome: string;
  try {
    outcome = await signIn("nodemailer", { email: email.data, redirectTo: safeReturnTo(formData.get("callbackUrl"), locale), redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { error: "failed", email: email.data };
    throw error;
  }
  if (!linkWasSent(outcome)) return { error: isSignInAllowed(email.data, client) ? "failed" : "rateLimited", email: email.data };
  redirect(`/${locale}/sign-in/check-email`);
}
