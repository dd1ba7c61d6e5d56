import { and, eq, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { signInAttempts } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";

// Magic-link requests are limited per address (so nobody floods an inbox) and per client (so
// nobody probes many addresses). Kept in SQLite so limits hold across restarts and processes.
export const signInLimits = { perEmail: 5, perClient: 20, windowMs: 60 * 60 * 1000 } as const;

/**
 * One mailbox, one limit: `name+anything@example.com` is delivered to `name@example.com` by most
 * providers, so the tag is not part of the key (else every new tag would get a fresh limit).
 */
export const mailboxKey = (email: string) => {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at).split("+")[0];
  return at > 0 && local ? `${local}${address.slice(at)}` : address;
};
const emailKey = (email: string) => `email:${mailboxKey(email)}`;
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
  return (
    countSince(emailKey(email), since) < signInLimits.perEmail &&
    countSince(clientKey(client), since) < signInLimits.perClient
  );
}

/** Records one request; returns false (and records nothing) when it is over a limit. */
export function recordSignInAttempt(email: string, client: string, now = clockNow()): boolean {
  const db = getDb();
  return db.transaction((tx) => {
    if (!isSignInAllowed(email, client, now)) return false;
    const at = new Date(now);
    tx.insert(signInAttempts)
      .values([
        { key: emailKey(email), at },
        { key: clientKey(client), at },
      ])
      .run();
    // Old rows are useless: drop them while we are here.
    tx.delete(signInAttempts)
      .where(lt(signInAttempts.at, new Date(now - signInLimits.windowMs)))
      .run();
    return true;
  });
}

/**
 * The client a request came from, as a rate-limit key. The production server (server/forwarded.ts)
 * rewrites X-Forwarded-For to exactly one trusted address: the socket's peer, or the hop added by
 * the configured proxies. An IPv6 client is keyed by its /64, the block one subscriber gets, so
 * rotating addresses inside it does not lift the limit.
 */
export function clientOf(headers: Headers): string {
  const address = headers.get("x-forwarded-for")?.split(",")[0]?.trim().toLowerCase() || "unknown";
  if (!address.includes(":")) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

/** "2001:db8::1" → ["2001", "db8", "0", "0", "0", "0", "0", "1"] (zone ids dropped). */
function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(0, missing) }, () => "0"), ...right].map(
    (part) => part.replace(/^0+(?=.)/, ""),
  );
}
