import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/core/env";
import { now } from "@/lib/clock";
import { getHealth } from "@/lib/data/health";

/**
 * For a monitor or a load balancer: 200 when healthy, 503 when not (see checkHealth). Anyone
 * gets `ok` and a status word; the details (what is wrong, queue counts, the last sweep) need
 * `Authorization: Bearer $HEALTH_TOKEN`.
 */
export function GET(request: Request) {
  let report: ReturnType<typeof getHealth> | null = null;
  try {
    report = getHealth(now(), env.REMINDER_MAX_SWEEP_AGE_MINUTES * 60_000);
  } catch {
    // The database cannot even be read: that is the answer.
  }
  const ok = report?.ok ?? false;
  const status = ok ? "ok" : "unhealthy";
  const details = report ?? { problems: ["database-unreadable"] };
  const body = authorized(request) ? { ...details, ok, status } : { ok, status };
  return Response.json(body, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

function authorized(request: Request): boolean {
  const token = env.HEALTH_TOKEN;
  if (!token) return false;
  const given = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  // Digests have a fixed length, so the comparison never throws and says nothing about the token's length.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}
