import { and, eq, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { now as clockNow } from "@/lib/clock";
import { signInAttempts } from "@/db/schema";

// Magic-link requests are limited per address (so nobody floods an inbox) and per client (so
// nobody probes many addresses). Kept in SQLite so limits hold across restarts and processes.
export const signInLimits = { perEmail: 5, perClient: 20, windowMs: 60 * 60 * 1000 } as const;

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const clientKey = (client: string) => `client:${client}`;

function countSince(key: string, since: number): number {
  return getDb()
    .select({ n: sql<number>`count(*)` })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.key, key), gte(signInAttempts.at, new Date(since))))
    .get()!.n;
}

export function isSignInAllowed(email: string, client: string, now = clockNow()): boolean {
  const since = now - signInLimits.windowMs;
  return countSince(emailKey(email), since) < signInLimits.perEmail && countSince(clientKey(client), since) < signInLimits.perClient;
}

/** Records one request; returns false (and records nothing) when it is over a limit. */
export function recordSignInAttempt(email: string, client: string, now = clockNow()): boolean {
  const db = getDb();
  return db.transaction((tx) => {
    if (!isSignInAllowed(email, client, now)) return false;
    const at = new Date(now);
    tx.insert(signInAttempts).values([{ key: emailKey(email), at }, { key: clientKey(client), at }]).run();
    // Old rows are useless: drop them while we are here.
    tx.delete(signInAttempts).where(lt(signInAttempts.at, new Date(now - signInLimits.windowMs))).run();
    return true;
  });
}

/** The client's address as the proxy in front of us reports it, or the socket's. */
export function clientOf(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
