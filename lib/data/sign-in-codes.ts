import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { signInCodes, verificationTokens } from "@/db/schema";
import { signInCodeMaxFailures } from "@/lib/auth/sign-in-code";
import { now as clockNow } from "@/lib/clock";

/** Marks a stored verification token as the code of its sign-in (see lib/auth/sign-in-code.ts). */
export function storeSignInCode(identifier: string, tokenHash: string, expires: Date): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.insert(verificationTokens)
      .values({ identifier, token: tokenHash, expires })
      .onConflictDoNothing()
      .run();
    tx.insert(signInCodes)
      .values({ token: tokenHash, identifier, expires })
      .onConflictDoNothing()
      .run();
  });
}

export type SignInCodeCheck =
  { result: "ok" } | { result: "wrong"; triesLeft: number } | { result: "void" };

/**
 * Checks a typed code (as its token hash) against the live codes of an address, without using
 * it up: Auth.js does that when it signs in. A wrong code counts against every live code of the
 * address (a guesser does not know which one is out); a code that reaches the limit is deleted
 * with its verification token, so neither this page nor a hand-made link can use it. The link
 * sent beside it stays valid.
 */
export function checkSignInCode(
  identifier: string,
  tokenHash: string,
  now = clockNow(),
): SignInCodeCheck {
  const db = getDb();
  return db.transaction((tx) => {
    const live = tx
      .select()
      .from(signInCodes)
      .where(and(eq(signInCodes.identifier, identifier), gt(signInCodes.expires, new Date(now))))
      .all();
    if (live.length === 0) return { result: "void" };
    if (live.some((code) => code.token === tokenHash)) return { result: "ok" };
    tx.update(signInCodes)
      .set({ failures: sql`${signInCodes.failures} + 1` })
      .where(eq(signInCodes.identifier, identifier))
      .run();
    const spent = live.filter((code) => code.failures + 1 >= signInCodeMaxFailures);
    if (spent.length > 0) {
      const tokens = spent.map((code) => code.token);
      tx.delete(verificationTokens)
        .where(
          and(
            eq(verificationTokens.identifier, identifier),
            inArray(verificationTokens.token, tokens),
          ),
        )
        .run();
      tx.delete(signInCodes)
        .where(and(eq(signInCodes.identifier, identifier), inArray(signInCodes.token, tokens)))
        .run();
    }
    const remaining = live.filter((code) => !spent.includes(code));
    if (remaining.length === 0) return { result: "void" };
    const fewest = Math.min(...remaining.map((code) => code.failures + 1));
    return { result: "wrong", triesLeft: signInCodeMaxFailures - fewest };
  });
}

/**
 * After a sign-in, every other pending link and code of that address is void: one request, one
 * sign-in, whichever of its link or code was used.
 */
export function forgetPendingSignIns(identifier: string): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.delete(verificationTokens).where(eq(verificationTokens.identifier, identifier)).run();
    tx.delete(signInCodes).where(eq(signInCodes.identifier, identifier)).run();
  });
}

/** Whether a stored verification token (its hash) is the code of a sign-in, not a link. */
export function isSignInCode(identifier: string, tokenHash: string): boolean {
  return (
    getDb()
      .select({ token: signInCodes.token })
      .from(signInCodes)
      .where(and(eq(signInCodes.identifier, identifier), eq(signInCodes.token, tokenHash)))
      .get() !== undefined
  );
}
