import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { calendarFeeds, cases, users } from "@/db/schema";
import type { CalendarCase } from "@/lib/calendar/case-events";
import { nowIso } from "@/lib/clock";

// The private calendar feed: a secret URL per user. Whoever has the URL can read the user's
// deadlines (that is what a calendar subscription is), so the token is 256 random bits, shown
// only on the account page, replaced by "new address" and deleted by "turn off".

/** The feed's secret, or null when the user has none. */
export function feedToken(userId: string): string | null {
  return (
    getDb()
      .select({ token: calendarFeeds.token })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, userId))
      .get()?.token ?? null
  );
}

/** A new secret for the user's feed; the old URL stops working at once. */
export function renewFeed(userId: string): string {
  const token = randomBytes(32).toString("base64url");
  getDb()
    .insert(calendarFeeds)
    .values({ userId, token, createdAt: nowIso() })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { token, createdAt: nowIso() } })
    .run();
  return token;
}

export function revokeFeed(userId: string): void {
  getDb().delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).run();
}

/** The owner of a feed token, with what the feed is written in (their language and time zone). */
export function feedOwner(
  token: string,
): { userId: string; locale: string; timeZone: string } | null {
  const row = getDb()
    .select({ userId: users.id, locale: users.locale, timeZone: users.timeZone })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.token, token))
    .get();
  return row ?? null;
}

export type CalendarRow = CalendarCase & {
  provider: string;
  providerName: string | null;
  nickname: string | null;
  phoneNumber: string;
  dueKind: string | null;
  dueOn: string | null;
  waitingOn: string;
};

/** The cases of a user (or one of them), with the model's stored columns. */
export function calendarData(userId: string, caseId?: string): CalendarRow[] {
  return getDb()
    .select({
      id: cases.id,
      status: cases.status,
      endsOn: cases.endsOn,
      remindOn: cases.remindOn,
      version: cases.version,
      updatedAt: cases.updatedAt,
      provider: cases.provider,
      providerName: cases.providerName,
      nickname: cases.nickname,
      phoneNumber: cases.phoneNumber,
      dueKind: cases.dueKind,
      dueOn: cases.dueOn,
      waitingOn: cases.waitingOn,
    })
    .from(cases)
    .where(
      // Which of them have dates is the model's to say (hasCalendarDates, in caseCalendarEvents).
      and(eq(cases.userId, userId), caseId ? eq(cases.id, caseId) : undefined),
    )
    .all();
}

/** Whether the user owns this case (the per-case download answers 404 otherwise). */
export function ownsCase(userId: string, caseId: string): boolean {
  return !!getDb()
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.userId, userId)))
    .get();
}
