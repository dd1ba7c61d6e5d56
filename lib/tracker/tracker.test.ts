import { describe, expect, it } from "vitest";
import { checklistFor } from "./checklist";
import { addDays, daysBetween, lastDayOfMonth, todayIn } from "./dates";
import { suggestEndDate } from "./end-date";
import { formatPhone, maskPhone, normalizePhone } from "./phone";
import { canTransition, statuses, transitions } from "./status";

describe("normalizePhone", () => {
  it.each([
    ["91234567", "+4791234567"],
    ["912 34 567", "+4791234567"],
    ["+47 912 34 567", "+4791234567"],
    ["0047 91234567", "+4791234567"],
    ["(+47) 912-34-567", "+4791234567"],
  ])("accepts the Norwegian number %j", (input, expected) => {
    expect(normalizePhone(input, { foreign: false })).toEqual({ ok: true, value: expected });
  });

  it.each(["9123456", "912345678", "+46 70 123 45 67", "abcdefgh", ""])(
    "rejects %j as Norwegian",
    (input) => {
      expect(normalizePhone(input, { foreign: false })).toEqual({
        ok: false,
        error: "invalidNorwegian",
      });
    },
  );

  it("accepts a foreign number in international form only when the user says it is foreign", () => {
    expect(normalizePhone("+46 70 123 45 67", { foreign: true })).toEqual({
      ok: true,
      value: "+46701234567",
    });
    expect(normalizePhone("0086 138 0013 8000", { foreign: true })).toEqual({
      ok: true,
      value: "+8613800138000",
    });
    expect(normalizePhone("070 123 45 67", { foreign: true })).toEqual({
      ok: false,
      error: "invalidForeign",
    });
  });

  it("masks and formats for display", () => {
    expect(maskPhone("+4791234567")).toBe("+47 ••••• 567");
    expect(formatPhone("+4791234567")).toBe("+47 912 34 567");
    expect(formatPhone("+46701234567")).toBe("+46701234567");
  });
});

describe("date-only arithmetic", () => {
  it("crosses month ends, year ends and leap days", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(lastDayOfMonth("2028-02-10")).toBe("2028-02-29");
    expect(lastDayOfMonth("2026-01-31", 1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // across the spring DST change
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2); // across the autumn DST change
  });

  it("computes today in the user's time zone, not the server's", () => {
    // 23:30 UTC on 28 March is already 29 March in Oslo (CET, +1).
    expect(todayIn("Europe/Oslo", new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
    // 22:30 UTC on 29 March is 00:30 on the 30th in Oslo after the switch to CEST (+2).
    expect(todayIn("Europe/Oslo", new Date("2026-03-29T22:30:00Z"))).toBe("2026-03-30");
    expect(todayIn("Europe/Oslo", new Date("2026-03-29T21:30:00Z"))).toBe("2026-03-29");
    // Autumn: 22:30 UTC on 25 October is 23:30 in Oslo (back on CET).
    expect(todayIn("Europe/Oslo", new Date("2026-10-25T22:30:00Z"))).toBe("2026-10-25");
    expect(todayIn("Asia/Shanghai", new Date("2026-03-28T16:30:00Z"))).toBe("2026-03-29");
    expect(todayIn("America/New_York", new Date("2026-03-29T02:00:00Z"))).toBe("2026-03-28");
  });
});

describe("suggestEndDate", () => {
  it("one calendar month from the 1st of the next month", () => {
    expect(suggestEndDate("month-from-next-month", "2026-06-01")).toBe("2026-07-31");
    expect(suggestEndDate("month-from-next-month", "2026-06-30")).toBe("2026-07-31");
    expect(suggestEndDate("month-from-next-month", "2026-01-31")).toBe("2026-02-28");
    expect(suggestEndDate("month-from-next-month", "2028-01-15")).toBe("2028-02-29");
    expect(suggestEndDate("month-from-next-month", "2026-12-05")).toBe("2027-01-31");
    expect(suggestEndDate("month-from-next-month", "2026-03-29")).toBe("2026-04-30");
  });

  it("to the end of the current month", () => {
    expect(suggestEndDate("end-of-current-month", "2026-02-01")).toBe("2026-02-28");
    expect(suggestEndDate("end-of-current-month", "2028-02-29")).toBe("2028-02-29");
    expect(suggestEndDate("end-of-current-month", "2026-10-25")).toBe("2026-10-31");
  });

  it("the day after", () => {
    expect(suggestEndDate("next-day", "2026-12-31")).toBe("2027-01-01");
    expect(suggestEndDate("next-day", "2026-03-28")).toBe("2026-03-29");
  });
});

describe("status transitions", () => {
  it("allow the cancellation path and refuse skipping steps", () => {
    expect(canTransition("planned", "submitted")).toBe(true);
    expect(canTransition("submitted", "confirmed")).toBe(true);
    expect(canTransition("confirmed", "completed")).toBe(true);
    expect(canTransition("planned", "confirmed")).toBe(false);
    expect(canTransition("planned", "completed")).toBe(false);
    expect(canTransition("completed", "planned")).toBe(false);
    expect(canTransition("rejected", "submitted")).toBe(true);
  });

  it("only ever move to a known status, never to the same one", () => {
    for (const from of statuses)
      for (const to of transitions[from]) {
        expect(statuses).toContain(to);
        expect(to).not.toBe(from);
      }
  });
});

describe("checklistFor", () => {
  it("skips moving codes when porting keeps the number, and adds prepaid credit for prepaid", () => {
    expect(
      checklistFor({ subscriptionType: "postpaid", channel: "porting" }).map((i) => i.key),
    ).toEqual(["backups", "documents"]);
    expect(
      checklistFor({ subscriptionType: "prepaid", channel: "chat" }).map((i) => i.key),
    ).toEqual([
      "prepaid-credit",
      "backups",
      "bankid-bank-number",
      "vipps",
      "sms-codes",
      "payments",
      "documents",
    ]);
  });
});
