import { randomUUID } from "node:crypto";
import { test as base, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { like } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { sessions, signInAttempts, users } from "@/db/schema";
import { e2eAppEnv, e2eBaseURL } from "./env";
import { submitPageForm } from "./page-form";
import { CaseFormPage } from "./pages/case-form";
import { CasePage } from "./pages/case-page";

/**
 * Signs a browser context in as `email` the way a finished magic-link sign-in leaves it: a user
 * row, a database session and Auth.js's session cookie. For specs about the tracker, not about
 * signing in (those use signInByEmail): e-mailed links are rate-limited per client, and every
 * spec runs from the same one.
 */
/**
 * Every spec asks for links from the same client (localhost), which the per-client limit counts:
 * a spec that asks for several starts from a full budget, and leaves one.
 */
export function resetSignInClientBudgets(): void {
  const db = openDatabase(e2eAppEnv.DATABASE_PATH);
  try {
    db.delete(signInAttempts).where(like(signInAttempts.key, "client:%")).run();
  } finally {
    db.$client.close();
  }
}

export async function signInAs(
  context: BrowserContext,
  email: string,
  settings: { locale?: string } = {},
): Promise<string> {
  const db = openDatabase(e2eAppEnv.DATABASE_PATH);
  try {
    const user = db
      .insert(users)
      .values({ email, emailVerified: new Date(), ...settings })
      .onConflictDoUpdate({ target: users.email, set: { emailVerified: new Date() } })
      .returning({ id: users.id })
      .get();
    const token = randomUUID();
    db.insert(sessions)
      .values({
        sessionToken: token,
        userId: user.id,
        expires: new Date(Date.now() + 24 * 60 * 60 * 1000),
      })
      .run();
    await context.addCookies([
      {
        name: "authjs.session-token",
        value: token,
        url: e2eBaseURL,
        httpOnly: true,
        sameSite: "Lax",
      },
    ]);
    return user.id;
  } finally {
    db.$client.close();
  }
}

/**
 * Records a case through the new-case form's action, posting the page's own form with the given
 * values (the form itself, typed into, is under test in tracker.spec.ts); returns its id.
 */
export async function createCase(
  request: APIRequestContext,
  fields: Record<string, string>,
): Promise<string> {
  const { locale = "en", ...values } = fields;
  const response = await submitPageForm(request, `/${locale}/tracker/new`, "provider", {
    provider: "telenor",
    subscriptionType: "postpaid",
    phoneNumber: "91234567",
    channel: "chat",
    ...values,
  });
  const id = /\/tracker\/([\w-]+)$/.exec(response.headers()["location"] ?? "")?.[1];
  if (response.status() !== 303 || !id)
    throw new Error(`Could not create the case (${response.status()})`);
  return id;
}

type Fixtures = {
  /** A fresh user, signed in in this test's browser context. */
  signedIn: { email: string; userId: string };
  caseForm: (locale: "en" | "zh") => CaseFormPage;
  casePage: (locale: "en" | "zh") => CasePage;
};

export const test = base.extend<Fixtures>({
  signedIn: async ({ context }, provide, testInfo) => {
    const email = `user-${testInfo.testId}-${randomUUID().slice(0, 8)}@example.test`;
    await provide({ email, userId: await signInAs(context, email) });
  },
  caseForm: async ({ page }, provide) => provide((locale) => new CaseFormPage(page, locale)),
  casePage: async ({ page }, provide) => provide((locale) => new CasePage(page, locale)),
});
export { expect } from "@playwright/test";
