import { dateTimeFormat } from "@/lib/intl-cache";
import type { IsoDate } from "@/lib/tracker/dates";

/** Reminders go out at this local hour: early enough to act the same day, never at night. */
export const reminderHour = 9;

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    dateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(instant))
      .filter((p) => p.type !== "literal")
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant (epoch ms) at which it is `hour`:00 on `date` in `timeZone`. The zone's offset is
 * looked up for that very day, so a reminder stays at 09:00 local across DST changes.
 */
export function localTimeToUtc(date: IsoDate, timeZone: string, hour = reminderHour): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wallClockAsUtc = Date.UTC(y, m - 1, d, hour);
  // Two passes: the offset at the first guess may differ from the offset at the answer.
  let instant = wallClockAsUtc - offsetMinutes(wallClockAsUtc, timeZone) * 60_000;
  instant = wallClockAsUtc - offsetMinutes(instant, timeZone) * 60_000;
  return instant;
}
