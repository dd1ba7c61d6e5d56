import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noLetters, type CaseLetterEvents } from "@/lib/tracker/case-model";
import { plannedRecord } from "@/test/case-record";
import { randomCase } from "@/test/random-cases";
import { deriveReminders, type ReminderCase, type ReminderUser } from "./derive";
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
  ...plannedRecord,
  status: "submitted",
  submittedOn: "2026-11-01",
  remindOn: null,
  snoozedUntil: null,
  mutedReminderKinds: [],
  openChecklistItems: [],
};
const on = { remindersEnabled: true, reminderOptOuts: [] };
const derive = (
  c: ReminderCase,
  user: ReminderUser,
  today: string,
  events: CaseLetterEvents = noLetters,
) => deriveReminders(c, events, user, today);

describe("deriveReminders", () => {
  it("plans three weekly follow-ups after submitting", () => {
    expect(derive(base, on, "2026-11-02")).toEqual([
      { kind: "follow-up", anchor: "2026-11-01#1", dueOn: "2026-11-08" },
      { kind: "follow-up", anchor: "2026-11-01#2", dueOn: "2026-11-15" },
      { kind: "follow-up", anchor: "2026-11-01#3", dueOn: "2026-11-22" },
    ]);
  });

  it("collapses follow-ups that are already past into one due today (no burst)", () => {
    expect(derive(base, on, "2026-11-20")).toEqual([
      { kind: "follow-up", anchor: "2026-11-01#2", dueOn: "2026-11-20" },
      { kind: "follow-up", anchor: "2026-11-01#3", dueOn: "2026-11-22" },
    ]);
  });

  it("stops following up once the case is confirmed, and plans the final-bill check instead", () => {
    const confirmed = { ...base, status: "confirmed" as const, endsOn: "2026-11-30" };
    expect(derive(confirmed, on, "2026-11-10")).toEqual([
      { kind: "final-bill", anchor: "2026-11-30", dueOn: "2026-12-14" },
    ]);
    expect(derive({ ...confirmed, finalBillChecked: true }, on, "2026-11-10")).toEqual([]);
  });

  it("reminds 3 days before the end only while number-related checklist items are open", () => {
    const c = {
      ...base,
      status: "confirmed" as const,
      endsOn: "2026-11-30",
      finalBillChecked: true,
    };
    expect(derive({ ...c, openChecklistItems: ["vipps", "backups"] }, on, "2026-11-10")).toEqual([
      { kind: "before-end", anchor: "2026-11-30", dueOn: "2026-11-27" },
    ]);
    expect(derive({ ...c, openChecklistItems: ["backups"] }, on, "2026-11-10")).toEqual([]);
    expect(derive({ ...c, openChecklistItems: ["vipps"] }, on, "2026-12-01")).toEqual([]);
  });

  it("moves everything behind a snooze", () => {
    const snoozed = derive({ ...base, snoozedUntil: "2026-11-16" }, on, "2026-11-09");
    expect(snoozed).toEqual([
      { kind: "follow-up", anchor: "2026-11-01#2", dueOn: "2026-11-16" },
      { kind: "follow-up", anchor: "2026-11-01#3", dueOn: "2026-11-22" },
    ]);
  });

  it("keeps a user-chosen date, even once it has passed, so a missed one still goes out once", () => {
    const c = { ...base, status: "planned" as const, submittedOn: null, remindOn: "2026-11-20" };
    expect(derive(c, on, "2026-11-10")).toEqual([
      { kind: "remind-on", anchor: "2026-11-20", dueOn: "2026-11-20" },
    ]);
    expect(derive(c, on, "2026-11-22")).toEqual([
      { kind: "remind-on", anchor: "2026-11-20", dueOn: "2026-11-22" },
    ]);
  });

  it("respects the user's switches and the case's own", () => {
    expect(derive(base, { remindersEnabled: false, reminderOptOuts: [] }, "2026-11-02")).toEqual(
      [],
    );
    expect(
      derive(base, { remindersEnabled: true, reminderOptOuts: ["follow-up"] }, "2026-11-02"),
    ).toEqual([]);
    expect(derive({ ...base, mutedReminderKinds: ["follow-up"] }, on, "2026-11-02")).toEqual([]);
  });

  it("a case entered as sent 14 days ago gets exactly one follow-up now, then the weekly ones", () => {
    const late = { ...base, submittedOn: "2026-11-06" };
    expect(derive(late, on, "2026-11-20")).toEqual([
      { kind: "follow-up", anchor: "2026-11-06#2", dueOn: "2026-11-20" },
      { kind: "follow-up", anchor: "2026-11-06#3", dueOn: "2026-11-27" },
    ]);
  });

  it("a chase gives the operator its days: the next follow-up is the chase's answer date", () => {
    const chased = { chasedOn: "2026-11-10", complainedOn: null };
    expect(derive(base, on, "2026-11-10", chased)).toEqual([
      { kind: "follow-up", anchor: "chase:2026-11-10#1", dueOn: "2026-11-17" },
      { kind: "follow-up", anchor: "chase:2026-11-10#2", dueOn: "2026-11-24" },
      { kind: "follow-up", anchor: "chase:2026-11-10#3", dueOn: "2026-12-01" },
    ]);
  });
});

describe("deriveReminders after a complaint", () => {
  it("stops the follow-ups once a complaint is out", () => {
    expect(
      derive(base, on, "2026-11-16", { chasedOn: "2026-11-08", complainedOn: "2026-11-16" }),
    ).toEqual([]);
  });
});

describe("reminders from done-by and requested end dates", () => {
  const numberItems = { openChecklistItems: ["vipps"] };
  it("reminds before the end date the cancellation asked for, when nothing else is known", () => {
    expect(
      derive({ ...base, ...numberItems, requestedEndOn: "2026-12-31" }, on, "2026-11-25").find(
        (r) => r.kind === "before-end",
      ),
    ).toEqual({ kind: "before-end", anchor: "2026-12-31", dueOn: "2026-12-28" });
  });

  it("reminds before the leaving date when it comes first, anchored on the date alone", () => {
    expect(
      derive(
        { ...base, ...numberItems, requestedEndOn: "2026-12-31", accountLeavingOn: "2026-12-20" },
        on,
        "2026-11-25",
      ).find((r) => r.kind === "before-end"),
    ).toEqual({ kind: "before-end", anchor: "2026-12-20", dueOn: "2026-12-17" });
  });

  it("tells a planned case when to send, a week ahead, and before-end for the leaving date", () => {
    const planned = { ...base, ...numberItems, status: "planned" as const, submittedOn: null };
    expect(derive({ ...planned, doneBy: "2027-01-20" }, on, "2026-11-02")).toEqual([
      { kind: "send-by", anchor: "2027-01-20", dueOn: "2026-11-23" },
      { kind: "before-end", anchor: "2027-01-20", dueOn: "2027-01-17" },
    ]);
    // Entered late: the send-by reminder goes out today, once.
    expect(derive({ ...planned, doneBy: "2027-01-20" }, on, "2026-11-29")[0]).toEqual({
      kind: "send-by",
      anchor: "2027-01-20",
      dueOn: "2026-11-29",
    });
    // Past the last day to send: no reminder (the case page says it is late).
    expect(
      derive({ ...planned, doneBy: "2027-01-20" }, on, "2026-12-01").map((r) => r.kind),
    ).toEqual(["before-end"]);
    expect(
      derive(
        { ...planned, doneBy: "2027-01-20" },
        { ...on, reminderOptOuts: ["send-by"] },
        "2026-11-02",
      ).map((r) => r.kind),
    ).toEqual(["before-end"]);
  });
});

describe("a before-end reminder is never sent twice for one day", () => {
  it("keeps its anchor when the operator confirms the leaving day as the end", () => {
    const leaving = { ...base, openChecklistItems: ["vipps"], accountLeavingOn: "2026-12-20" };
    const before = derive(leaving, on, "2026-11-25").find((r) => r.kind === "before-end");
    const confirmed = derive(
      { ...leaving, status: "confirmed", confirmedOn: "2026-11-25", endsOn: "2026-12-20" },
      on,
      "2026-11-25",
    ).find((r) => r.kind === "before-end");
    expect(confirmed?.anchor).toBe(before?.anchor);
  });
});

describe("deriveReminders on random cases and event sequences", () => {
  it("never plans two reminders of one kind on one day, nor one before today", () => {
    fc.assert(
      fc.property(randomCase, (r) => {
        const c: ReminderCase = {
          ...base,
          ...r,
          openChecklistItems: ["vipps"],
        };
        const planned = derive(c, on, r.today, {
          chasedOn: r.chasedOn,
          complainedOn: r.complainedOn,
        });
        const keys = planned.map((p) => `${p.kind}|${p.dueOn}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const p of planned) expect(p.dueOn >= r.today).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
