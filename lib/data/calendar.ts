import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq, gte, notInArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { calendarFeeds, cases, reminders, users } from "@/db/schema";
import type { CalendarCase, CalendarReminder } from "@/lib/calendar/case-events";
import { nowIso } from "@/lib/clock";
import type { IsoDate } from "@/lib/tracker/dates";

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

export type CalendarData = {
  cases: (CalendarCase & { provider: string; providerName: string | null; phoneNumber: string })[];
  reminders: (CalendarReminder & { caseId: string })[];
};

/** The open cases of a user (or one of them) and their reminders still to come. */
export function calendarData(userId: string, today: IsoDate, caseId?: string): CalendarData {
  const db = getDb();
  const rows = db
    .select({
      id: cases.id,
      status: cases.status,
      submittedOn: cases.submittedOn,
      endsOn: cases.endsOn,
      remindOn: cases.remindOn,
      finalBillChecked: cases.finalBillChecked,
      version: cases.version,
      updatedAt: cases.updatedAt,
      provider: cases.provider,
      providerName: cases.providerName,
      phoneNumber: cases.phoneNumber,
    })
    .from(cases)
    .where(
      and(
        eq(cases.userId, userId),
        notInArray(cases.status, ["completed", "withdrawn"]),
        caseId ? eq(cases.id, caseId) : undefined,
      ),
    )
    .all();
  // By user (a join, not a list of case ids): however many cases, one bounded query.
  const upcoming = db
    .select({
      id: reminders.id,
      caseId: reminders.caseId,
      kind: reminders.kind,
      dueOn: reminders.dueOn,
      status: reminders.status,
    })
    .from(reminders)
    .innerJoin(cases, eq(cases.id, reminders.caseId))
    .where(
      and(
        eq(reminders.userId, userId),
        eq(reminders.status, "pending"),
        gte(reminders.dueOn, today),
        notInArray(cases.status, ["completed", "withdrawn"]),
        caseId ? eq(reminders.caseId, caseId) : undefined,
      ),
    )
    .orderBy(asc(reminders.dueAt))
    .all();
  return { cases: rows, reminders: upcoming };
}

/** Whether the user owns this case (the per-case download answers 404 otherwise). */
export function ownsCase(userId: string, caseId: string): boolean {
  return !!getDb()
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.userId, userId)))
    .get();
}
