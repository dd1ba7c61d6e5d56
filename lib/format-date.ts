import { dateTimeFormat } from "@/lib/intl-cache";
/**
 * Formats a date-only value (YYYY-MM-DD) for display. It is read and written as UTC midnight
 * so no time zone can move it to the previous or next day.
 */
export function formatDateOnly(value: string, languageTag: string): string {
  return dateTimeFormat(languageTag, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${value}T00:00:00Z`),
  );
}

/** The calendar day of an instant (an ISO timestamp) where the user lives, written out. */
export function formatInstantDay(iso: string, languageTag: string, timeZone: string): string {
  return dateTimeFormat(languageTag, { dateStyle: "long", timeZone }).format(new Date(iso));
}

/** A month (YYYY-MM) written out: "November 2026", "2026年11月". */
export function formatMonth(month: string, languageTag: string): string {
  return dateTimeFormat(languageTag, { year: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
