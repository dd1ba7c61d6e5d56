import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/core/env";
import { reminderKinds } from "@/lib/reminders/kinds";

export const unsubscribeScopes = [...reminderKinds, "all"] as const;
export type UnsubscribeScope = (typeof unsubscribeScopes)[number];

const sign = (payload: string, secret: string) =>
  createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest("base64url");

/**
 * A signed token per user and reminder kind (or "all"), for one-click unsubscribe links. It never
 * expires (old e-mails must keep working) and carries no secret itself; forging one needs the key.
 */
export function unsubscribeToken(
  userId: string,
  scope: UnsubscribeScope,
  secret = authSecret(),
): string {
  const payload = Buffer.from(`${userId}|${scope}`).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

export function verifyUnsubscribeToken(
  token: string,
  secret = authSecret(),
): { userId: string; scope: UnsubscribeScope } | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, scope] = Buffer.from(payload, "base64url").toString().split("|");
  if (!userId || !unsubscribeScopes.includes(scope as UnsubscribeScope)) return null;
  return { userId, scope: scope as UnsubscribeScope };
}
