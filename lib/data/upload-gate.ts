import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cases, sessions } from "@/db/schema";
import { now } from "@/lib/clock";

/**
 * Whether a request may send an upload-sized body to a case's upload page: its session cookie
 * names a live session whose user owns that case. The production server asks this before it
 * reads a byte of a body over 4 MB (server/action-requests.ts), so a stranger cannot make it
 * buffer 31 MB; one indexed lookup.
 */
export function mayUpload(sessionToken: string | undefined, caseId: string): boolean {
  if (!sessionToken) return false;
  return !!getDb()
    .select({ id: cases.id })
    .from(sessions)
    .innerJoin(cases, eq(cases.userId, sessions.userId))
    .where(
      and(
        eq(sessions.sessionToken, sessionToken),
        gt(sessions.expires, new Date(now())),
        eq(cases.id, caseId),
      ),
    )
    .get();
}
