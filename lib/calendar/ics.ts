import ical, { ICalAlarmType, ICalEventTransparency } from "ical-generator";
import type { CalendarEvent } from "./case-events";

export type EventText = { summary: string; description: string; url: string; alarm: string };

/** The alarm: the day before, at 09:00 wherever the phone is (an all-day event starts at 00:00). */
const alarmSecondsBefore = 15 * 60 * 60;

/**
 * An iCalendar (RFC 5545) document, written by ical-generator: CRLF line ends, lines folded at
 * 75 octets without splitting a UTF-8 character, text escaped. Every event is all-day (a date,
 * no time zone: a deadline is a calendar day wherever the user is), with a stable UID on the
 * site's host, SEQUENCE and LAST-MODIFIED from the case, a link to the case, and an alarm the day
 * before at 09:00 (without one a phone never alerts for an all-day event).
 */
export function calendarDocument(options: {
  name: string;
  host: string;
  now: Date;
  events: { event: CalendarEvent; text: EventText }[];
}): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Si opp", product: "tracker", language: "EN" },
    ttl: 60 * 60,
  });
  for (const { event, text } of options.events) {
    const start = new Date(`${event.on}T00:00:00Z`);
    const created = calendar.createEvent({
      id: `${event.uid}@${options.host}`,
      start,
      end: new Date(start.getTime() + 86_400_000),
      allDay: true,
      summary: text.summary,
      description: text.description,
      url: text.url,
      sequence: event.sequence,
      lastModified: new Date(event.lastModified),
      stamp: options.now,
      // A deadline does not make the user busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    created.createAlarm({
      type: ICalAlarmType.display,
      trigger: alarmSecondsBefore,
      description: text.alarm,
    });
  }
  return calendar.toString();
}
