import { test as base, type BrowserContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { openDatabase } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { e2eAppEnv, e2eBaseURL } from "./env";

/**
 * Signs a browser context in as `email` the way a finished magic-link sign-in leaves it: a user
 * row, a database session and Auth.js's session cookie. For specs about the tracker, not about
 * signing in (those use signInByEmail): e-mailed links are rate-limited per client, and every
 * spec runs from the same one.
 */
export async function signInAs(context: BrowserContext, email: string, settings: { locale?: string } = {}): Promise<string> {
  const db = openDatabase(e2eAppEnv.DATABASE_PATH);
  try {
    const user = db
      .insert(users)
      .values({ email, emailVerified: new Date(), ...settings })
      .onConflictDoUpdate({ target: users.email, set: { emailVerified: new Date() } })
      .returning({ id: users.id })
      .get();
    const token = randomUUID();
    db.insert(sessions).values({ sessionToken: token, userId: user.id, expires: new Date(Date.now() + 24 * 60 * 60 * 1000) }).run();
    await context.addCookies([{ name: "authjs.session-token", value: token, url: e2eBaseURL, httpOnly: true, sameSite: "Lax" }]);
    return user.id;
  } finally {
    db.$client.close();
  }
}

/** `test` with a page already signed in as a fresh user (`signedIn.email`). */
export const test = base.extend<{ signedIn: { email: string; userId: string } }>({
  signedIn: async ({ context }, provide, testInfo) => {
    const email = `user-${testInfo.testId}-${randomUUID().slice(0, 8)}@example.test`;
    await provide({ email, userId: await signInAs(context, email) });
  },
});
export { expect } from "@playwright/test";
