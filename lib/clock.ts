import { env } from "@/core/env";
import { defaultTimeZone, todayIn, type IsoDate } from "@/lib/tracker/dates";

const pinned = env.TEST_NOW ? Date.parse(env.TEST_NOW) : undefined;

/**
 * The app's "now" in epoch ms. Everything that decides by the time of day (which reminders are
 * due, what "today" is) asks here, never `Date.now()` directly, so tests can pin the instant with
 * TEST_NOW (refused in production by core/env) and pass at any hour and on DST-change days.
 */
export function now(): number {
  return pinned ?? Date.now();
}

/** Today's calendar date in `timeZone`, by the app's clock. */
export function today(timeZone: string = defaultTimeZone): IsoDate {
  return todayIn(timeZone, new Date(now()));
}

export function nowIso(): string {
  return new Date(now()).toISOString();
}
