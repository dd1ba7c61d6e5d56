import { describe, expect, it } from "vitest";
import { deriveReminders, type ReminderCase } from "./derive";
import { localTimeToUtc } from "./due-time";

const iso = (ms: number) => new Date(ms).toISOString();

describe("localTimeToUtc: 09:00 on the user's calendar day", () => {
  it("follows Oslo's offset on each side of the DST changes", () => {
    expect(iso(localTimeToUtc("2026-03-28", "Europe/Oslo"))).toBe("2026-03-28T08:00:00.000Z"); // CET, +1
    expect(iso(localTimeToUtc("2026-03-29", "Europe/Oslo"))).toBe("2026-03-29T07:00:00.000Z"); // switch night: CEST, +2
    expect(iso(localTimeToUtc("2026-10-24", "Europe/Oslo"))).toBe("2026-10-24T07:00:00.000Z");
    expect(iso(localTimeToUtc("2026-10-25", "Europe/Oslo"))).toBe("2026-10-25T08:00:00.000Z"); // back to CET
  });

  it("works for users elsewhere", () => {
    expect(iso(localTimeToUtc("2026-03-08", "America/New_York"))).toBe("2026-03-08T13:00:00.000Z"); // EDT starts that night
    expect(iso(localTimeToUtc("2026-11-25", "Asia/Shanghai"))).toBe("2026-11-25T01:00:00.000Z");
    expect(iso(localTimeToUtc("2026-11-25", "UTC", 17))).toBe("2026-11-25T17:00:00.000Z");
  });
});

const base: ReminderCase = {
  status: "submitted",
  submittedOn: "2026-11-01",
  endsOn: null,
  finalBillChecked: false,
  remindOn: null,
  snoozedUntil: null,
  mutedReminderKinds: [],
  openChecklistItems: [],
};
const on = { remindersEnabled: true, reminderOptOuts: [] };

describe("deriveReminders", () => {
  it("plans three weekly follow-ups after submitting", () => {
    expect(deriveReminders(base, on, "2026-11-02")).toEqual([
      { kind: "follow-up", anchor: "2026-11-01#1", dueOn: "2026-11-08" },
      { kind: "follow-up", anchor: "2026-11-01#2", dueOn: "2026-11-15" },
      { kind: "follow-up", anchor: "2026-11-01#3", dueOn: "2026-11-22" },
    ]);
  });

  it("collapses follow-ups that are already past into one due today (no burst)", () => {
    expect(deriveReminders(base, on, "2026-11-20")).toEqual([
      { kind: "follow-up", anchor: "2026-11-01#2", dueOn: "2026-11-20" },
      { kind: "follow-up", anchor: "2026-11-01#3", dueOn: "2026-11-22" },
    ]);
  });

  it("stops following up once the case is confirmed, and plans the final-bill check instead", () => {
    const confirmed = { ...base, status: "confirmed" as const, endsOn: "2026-11-30" };
    expect(deriveReminders(confirmed, on, "2026-11-10")).toEqual([
      { kind: "final-bill", anchor: "2026-11-30", dueOn: "2026-12-14" },
    ]);
    expect(deriveReminders({ ...confirmed, finalBillChecked: true }, on, "2026-11-10")).toEqual([]);
  });

  it("reminds 3 days before the end only while number-related checklist items are open", () => {
    const c = {
      ...base,
      status: "confirmed" as const,
      endsOn: "2026-11-30",
      finalBillChecked: true,
    };
    expect(
      deriveReminders({ ...c, openChecklistItems: ["vipps", "backups"] }, on, "2026-11-10"),
    ).toEqual([{ kind: "before-end", anchor: "2026-11-30", dueOn: "2026-11-27" }]);
    expect(deriveReminders({ ...c, openChecklistItems: ["backups"] }, on, "2026-11-10")).toEqual(
      [],
    );
    expect(deriveReminders({ ...c, openChecklistItems: ["vipps"] }, on, "2026-12-01")).toEqual([]);
  });

  it("moves everything behind a snooze", () => {
    const snoozed = deriveReminders({ ...base, snoozedUntil: "2026-11-16" }, on, "2026-11-09");
    expect(snoozed).toEqual([
      { kind: "follow-up", anchor: "2026-11-01#2", dueOn: "2026-11-16" },
      { kind: "follow-up", anchor: "2026-11-01#3", dueOn: "2026-11-22" },
    ]);
  });

  it("keeps a user-chosen date, even once it has passed, so a missed one still goes out once", () => {
    const c = { ...base, status: "planned" as const, submittedOn: null, remindOn: "2026-11-20" };
    expect(deriveReminders(c, on, "2026-11-10")).toEqual([
      { kind: "remind-on", anchor: "2026-11-20", dueOn: "2026-11-20" },
    ]);
    expect(deriveReminders(c, on, "2026-11-22")).toEqual([
      { kind: "remind-on", anchor: "2026-11-20", dueOn: "2026-11-22" },
    ]);
  });

  it("respects the user's switches and the case's own", () => {
    expect(
      deriveReminders(base, { remindersEnabled: false, reminderOptOuts: [] }, "2026-11-02"),
    ).toEqual([]);
    expect(
      deriveReminders(
        base,
        { remindersEnabled: true, reminderOptOuts: ["follow-up"] },
        "2026-11-02",
      ),
    ).toEqual([]);
    expect(
      deriveReminders({ ...base, mutedReminderKinds: ["follow-up"] }, on, "2026-11-02"),
    ).toEqual([]);
  });
});
