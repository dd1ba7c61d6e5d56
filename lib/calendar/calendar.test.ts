import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { modelBasis, noLetters, type CaseLetterEvents } from "@/lib/tracker/case-model";
import { caseCalendarEvents, type CalendarCase } from "./case-events";
import { calendarDocument } from "./ics";

type TestCase = CalendarCase & {
  submittedOn: string | null;
  finalBillChecked: boolean;
};
const submitted: TestCase = {
  id: "case-1",
  status: "submitted",
  submittedOn: "2026-11-20",
  endsOn: null,
  remindOn: "2026-12-24",
  finalBillChecked: false,
  version: 3,
  updatedAt: "2026-11-21T08:00:00.000Z",
};
/** The events of a case, from its live case model. */
const eventsOf = (c: TestCase, letters: CaseLetterEvents = noLetters) =>
  caseCalendarEvents(
    c,
    modelBasis(
      {
        ...c,
        createdAt: "2026-11-01",
        confirmedOn: null,
        finalBillDisputed: false,
        requestedEndOn: null,
        doneBy: null,
        noticeRule: null,
        accountLeavingOn: null,
      },
      letters,
    ),
  );
const longChinese =
  "中国移动用户注销提醒：请在到期前核对最终账单、备份短信并更新 BankID 和 Vipps 绑定的手机号码，".repeat(
    3,
  );

/** Parses with Mozilla's ical.js, an implementation independent of the one that wrote it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      isDate: e.startDate.isDate,
      end: e.endDate.toString(),
      sequence: e.sequence,
      lastModified: String(v.getFirstPropertyValue("last-modified")),
      url: String(v.getFirstPropertyValue("url")),
      alarms: v.getAllSubcomponents("valarm").map((a) => ({
        action: String(a.getFirstPropertyValue("action")),
        trigger: String(a.getFirstPropertyValue("trigger")),
      })),
    };
  });
}

const doc = (c: TestCase, letters: CaseLetterEvents = noLetters) =>
  calendarDocument({
    name: "Si opp：我的注销记录",
    host: "si-opp.example",
    now: new Date("2026-11-25T12:00:00Z"),
    events: eventsOf(c, letters).map((event) => ({
      event,
      text: {
        summary: `${event.kind}: ${longChinese.slice(0, 20)}`,
        description: longChinese,
        url: `https://si-opp.example/zh/tracker/${c.id}`,
        alarm: `${event.kind}: ${longChinese.slice(0, 10)}`,
      },
    })),
  });

describe("calendar feed (RFC 5545, parsed back with ical.js)", () => {
  it("writes one all-day event per deadline, with a stable UID, SEQUENCE, LAST-MODIFIED, a link and an alarm", () => {
    const events = parse(doc(submitted));
    expect(events.map((e) => [e.uid, e.start, e.isDate, e.end])).toEqual([
      ["case-1-confirmation@si-opp.example", "2026-11-27", true, "2026-11-28"],
      ["case-1-remind-on@si-opp.example", "2026-12-24", true, "2026-12-25"],
    ]);
    expect(events[0]).toMatchObject({
      sequence: 3,
      lastModified: "2026-11-21T08:00:00Z",
      url: "https://si-opp.example/zh/tracker/case-1",
      // The day before at 09:00 wherever the phone is: 15 hours before the day starts.
      alarms: [{ action: "DISPLAY", trigger: "-PT15H" }],
    });
  });

  it("follows a chase: the chase's answer date replaces the confirmation, no two events on a day", () => {
    const events = eventsOf(submitted, { chasedOn: "2026-11-28", complainedOn: null });
    expect(events.map((e) => [e.kind, e.on])).toEqual([
      ["chase-answer", "2026-12-05"],
      ["remind-on", "2026-12-24"],
    ]);
  });

  it("keeps Chinese text intact through CRLF lines folded at 75 octets", () => {
    const text = doc(submitted);
    const lines = text.split("\r\n");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true); // something was folded
    expect(text).not.toContain("\uFFFD");
    expect(parse(text)[0]!.description).toBe(longChinese);
  });

  it("moves a date under the same UID with a higher SEQUENCE, so calendar apps update instead of duplicating", () => {
    const before = parse(doc(submitted))[0]!;
    const after = parse(
      doc({
        ...submitted,
        submittedOn: "2026-11-22",
        version: 4,
        updatedAt: "2026-11-22T09:00:00.000Z",
      }),
    )[0]!;
    expect(after.uid).toBe(before.uid);
    expect(after.start).toBe("2026-11-29");
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it("drops every event of a withdrawn case, and of a completed one but an open final-bill check", () => {
    expect(eventsOf({ ...submitted, status: "completed" })).toEqual([]);
    expect(
      eventsOf({ ...submitted, status: "completed", endsOn: "2026-12-01", remindOn: null }).map(
        (e) => [e.kind, e.on],
      ),
    ).toEqual([["final-bill", "2026-12-15"]]);
    expect(parse(doc({ ...submitted, status: "withdrawn" }))).toEqual([]);
  });

  it("gives a confirmed case its end date and final-bill check", () => {
    const confirmed = {
      ...submitted,
      status: "confirmed" as const,
      endsOn: "2026-12-31",
      remindOn: null,
    };
    expect(eventsOf(confirmed).map((e) => [e.kind, e.on])).toEqual([
      ["service-ends", "2026-12-31"],
      ["final-bill", "2027-01-14"],
    ]);
    expect(eventsOf({ ...confirmed, finalBillChecked: true }).map((e) => e.kind)).toEqual([
      "service-ends",
    ]);
  });
});
