import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plannedRecord } from "@/test/case-record";
import { randomCase } from "@/test/random-cases";
import {
  caseDeadlines,
  caseModel,
  latestSendDay,
  noLetters,
  numberStopsBy,
  suggestedEndOn,
  type CaseLetterEvents,
  type CaseRecord,
} from "./case-model";

const today = "2026-11-25";
const base: CaseRecord = { ...plannedRecord, status: "submitted", submittedOn: "2026-11-20" };
const chased = (on: string): CaseLetterEvents => ({ chasedOn: on, complainedOn: null });
const complained = (on: string, chasedOn: string | null = null): CaseLetterEvents => ({
  chasedOn,
  complainedOn: on,
});
const summary = (c: Partial<CaseRecord>, events = noLetters, on = today) => {
  const m = caseModel({ ...base, ...c }, events, on);
  return [m.next ? `${m.next.kind}@${m.next.on}` : "-", m.overdue, m.waitingOn, m.nextAction];
};

describe("the case model: every stage × event", () => {
  it.each<[string, Partial<CaseRecord>, CaseLetterEvents, unknown[]]>([
    [
      "planned",
      { status: "planned", submittedOn: null },
      noLetters,
      ["-", false, "user", "send-cancellation"],
    ],
    [
      "sent, within the week",
      {},
      noLetters,
      ["confirmation@2026-11-27", false, "operator", "wait-for-confirmation"],
    ],
    [
      "sent, confirmation due today",
      { submittedOn: "2026-11-18" },
      noLetters,
      ["confirmation@2026-11-25", false, "user", "chase"],
    ],
    [
      "sent, confirmation overdue",
      { submittedOn: "2026-11-10" },
      noLetters,
      ["confirmation@2026-11-17", true, "user", "chase"],
    ],
    [
      "sent, three weeks of silence",
      { submittedOn: "2026-11-04" },
      noLetters,
      ["confirmation@2026-11-11", true, "user", "complain"],
    ],
    [
      "chased: the chase's seven days run",
      { submittedOn: "2026-11-10" },
      chased("2026-11-24"),
      ["chase-answer@2026-12-01", false, "operator", "wait-for-chase-answer"],
    ],
    [
      "chased, and its date passed",
      { submittedOn: "2026-11-01" },
      chased("2026-11-10"),
      ["chase-answer@2026-11-17", true, "user", "complain"],
    ],
    [
      "a chase from before the (re)sent cancellation does not count",
      { submittedOn: "2026-11-20" },
      chased("2026-11-01"),
      ["confirmation@2026-11-27", false, "operator", "wait-for-confirmation"],
    ],
    [
      "complained: the answer date runs",
      { submittedOn: "2026-11-01" },
      complained("2026-11-20", "2026-11-10"),
      ["complaint-answer@2026-12-04", false, "operator", "wait-for-complaint-answer"],
    ],
    [
      "complained, no answer in time",
      { submittedOn: "2026-10-01" },
      complained("2026-11-01", "2026-10-15"),
      ["complaint-answer@2026-11-15", true, "user", "brukerklagenemnda"],
    ],
    ["refused", { status: "rejected" }, noLetters, ["-", false, "user", "complain"]],
    [
      "refused, complained",
      { status: "rejected" },
      complained("2026-11-21"),
      ["complaint-answer@2026-12-05", false, "operator", "wait-for-complaint-answer"],
    ],
    [
      "confirmed, before the end",
      { status: "confirmed", confirmedOn: "2026-11-22", endsOn: "2026-12-31" },
      noLetters,
      ["service-ends@2026-12-31", false, "user", "wait-for-end"],
    ],
    [
      "confirmed, ended, bill not yet due",
      { status: "confirmed", confirmedOn: "2026-11-01", endsOn: "2026-11-20" },
      noLetters,
      ["final-bill@2026-12-04", false, "user", "check-final-bill"],
    ],
    [
      "confirmed, bill check overdue",
      { status: "confirmed", confirmedOn: "2026-10-01", endsOn: "2026-10-31" },
      noLetters,
      ["final-bill@2026-11-14", true, "user", "check-final-bill"],
    ],
    [
      "bill checked",
      {
        status: "confirmed",
        confirmedOn: "2026-10-01",
        endsOn: "2026-10-31",
        finalBillChecked: true,
      },
      noLetters,
      ["-", false, "user", null],
    ],
    [
      "bill disputed",
      {
        status: "completed",
        confirmedOn: "2026-10-01",
        endsOn: "2026-10-31",
        finalBillChecked: true,
        finalBillDisputed: true,
      },
      noLetters,
      ["-", false, "nobody", "complain"],
    ],
    [
      "bill disputed, complained",
      {
        status: "completed",
        confirmedOn: "2026-10-01",
        endsOn: "2026-10-31",
        finalBillChecked: true,
        finalBillDisputed: true,
      },
      complained("2026-11-20"),
      ["complaint-answer@2026-12-04", false, "operator", "wait-for-complaint-answer"],
    ],
    [
      "all done",
      {
        status: "completed",
        confirmedOn: "2026-10-01",
        endsOn: "2026-10-31",
        finalBillChecked: true,
      },
      noLetters,
      ["-", false, "nobody", null],
    ],
    ["withdrawn", { status: "withdrawn" }, chased("2026-11-21"), ["-", false, "nobody", null]],
    [
      "a complaint from before the re-sent cancellation does not count",
      { submittedOn: "2026-11-20" },
      complained("2026-11-06"),
      ["confirmation@2026-11-27", false, "operator", "wait-for-confirmation"],
    ],
    [
      "a complaint from the cancellation phase is not an answer date for a later disputed bill",
      {
        status: "completed",
        submittedOn: "2026-10-01",
        confirmedOn: "2026-10-20",
        endsOn: "2026-11-10",
        finalBillChecked: true,
        finalBillDisputed: true,
      },
      complained("2026-10-16"),
      ["-", false, "nobody", "complain"],
    ],
  ])("%s", (_label, c, events, expected) => {
    expect(summary(c, events)).toEqual(expected);
  });
});

describe("done-by and leaving dates", () => {
  it("gives a planned case a send-by date from the notice rule, or the longest rule when unknown", () => {
    const planned = { ...base, status: "planned" as const, submittedOn: null };
    // Notice from the 1st of next month: sent by 30 Nov it ends 31 Dec, sent on 1 Dec, 31 Jan.
    expect(latestSendDay("month-from-next-month", "2027-01-20")).toBe("2026-11-30");
    expect(latestSendDay("month-from-next-month", "2027-01-31")).toBe("2026-12-31");
    expect(latestSendDay("end-of-current-month", "2026-12-10")).toBe("2026-11-30");
    expect(latestSendDay("next-day", "2026-12-10")).toBe("2026-12-09");
    expect(summary({ ...planned, doneBy: "2027-01-20" })).toEqual([
      "send-by@2026-11-30",
      false,
      "user",
      "send-cancellation",
    ]);
    expect(summary({ ...planned, accountLeavingOn: "2027-01-20", noticeRule: "next-day" })).toEqual(
      ["send-by@2027-01-19", false, "user", "send-cancellation"],
    );
    // The case's own date wins over the account's; past the send-by date the case is overdue.
    expect(
      summary({ ...planned, doneBy: "2026-12-15", accountLeavingOn: "2027-06-01" }, noLetters),
    ).toEqual(["send-by@2026-10-31", true, "user", "send-cancellation"]);
    // Without a done-by date a planned case has no deadline, as before.
    expect(summary(planned)).toEqual(["-", false, "user", "send-cancellation"]);
    // Once sent, "send by" is gone: the operator's confirmation is what is due.
    expect(summary({ doneBy: "2027-01-20" })[0]).toBe("confirmation@2026-11-27");
  });

  it("says the number may stop on the earliest of the end dates and the done-by date, and why", () => {
    const stops = (c: Partial<CaseRecord>) => numberStopsBy({ ...base, ...c }, today);
    expect(stops({})).toBeNull();
    expect(stops({ noticeRule: "month-from-next-month" })).toEqual({
      on: "2026-12-31",
      reason: "computed-end",
    });
    expect(stops({ noticeRule: "month-from-next-month", requestedEndOn: "2026-12-15" })).toEqual({
      on: "2026-12-15",
      reason: "requested-end",
    });
    expect(stops({ requestedEndOn: "2026-12-15", accountLeavingOn: "2026-12-10" })).toEqual({
      on: "2026-12-10",
      reason: "leaving",
    });
    expect(stops({ endsOn: "2026-12-05", doneBy: "2026-12-10" })).toEqual({
      on: "2026-12-05",
      reason: "expected-end",
    });
    // A confirmed end date replaces what was asked or computed; a done-by date still counts.
    const confirmed = { status: "confirmed" as const, confirmedOn: "2026-11-22" };
    expect(stops({ ...confirmed, endsOn: "2027-01-31", requestedEndOn: "2026-12-15" })).toEqual({
      on: "2027-01-31",
      reason: "confirmed-end",
    });
    expect(stops({ ...confirmed, endsOn: "2027-01-31", doneBy: "2027-01-10" })).toEqual({
      on: "2027-01-10",
      reason: "done-by",
    });
    expect(stops({ status: "withdrawn", doneBy: "2027-01-10" })).toBeNull();
    // A date that passed unconfirmed says nothing more; the next one ahead counts.
    expect(stops({ requestedEndOn: "2026-11-22", endsOn: "2026-12-20" })).toEqual({
      on: "2026-12-20",
      reason: "expected-end",
    });
    // Not sent yet (planned) or refused: no end date of its own, only the done-by date.
    for (const status of ["planned", "rejected"] as const) {
      expect(stops({ status, endsOn: "2026-12-05" })).toBeNull();
      expect(stops({ status, endsOn: "2026-12-05", doneBy: "2026-12-24" })).toEqual({
        on: "2026-12-24",
        reason: "done-by",
      });
    }
    // The earlier of the case's own date and the account's leaving date.
    expect(stops({ doneBy: "2027-02-01", accountLeavingOn: "2027-01-10" })).toEqual({
      on: "2027-01-10",
      reason: "leaving",
    });
  });
});

describe("the case model on random records and event sequences", () => {
  it("never puts a deadline before the event it follows, nor two of one kind", () => {
    fc.assert(
      fc.property(randomCase, (r) => {
        const record = { ...base, ...r };
        const events = { chasedOn: r.chasedOn, complainedOn: r.complainedOn };
        const deadlines = caseDeadlines(record, events);
        // Forward deadlines follow their event; a "send by" date comes before the date it serves.
        for (const d of deadlines)
          expect(d.counts === "after" ? d.on >= d.from : d.on <= d.from).toBe(true);
        const kinds = deadlines.map((d) => d.kind);
        expect(new Set(kinds).size).toBe(kinds.length);
        const model = caseModel(record, events, r.today);
        // Overdue only past an action deadline, and then it waits on the user.
        if (model.overdue) expect(model.waitingOn).toBe("user");
        if (record.status === "withdrawn") expect(model.next).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the end date the case page suggests", () => {
  it("counts with the rule stored with the case, from the day it was sent or from today", () => {
    const next = { ...plannedRecord, noticeRule: "next-day" };
    expect(suggestedEndOn(next, today)).toBe("2026-11-26");
    expect(suggestedEndOn({ ...next, submittedOn: "2026-11-10" }, today)).toBe("2026-11-11");
    // The stored rule, not whatever the operator publishes today: the same date the model uses.
    expect(suggestedEndOn({ ...base, noticeRule: "month-from-next-month" }, today)).toBe(
      "2026-12-31",
    );
    expect(suggestedEndOn({ ...base, noticeRule: "end-of-current-month" }, today)).toBe(
      "2026-11-30",
    );
    // No rule (another operator, a rule we no longer know): no suggestion.
    expect(suggestedEndOn({ ...base, noticeRule: null }, today)).toBeNull();
    expect(suggestedEndOn({ ...base, noticeRule: "retired-rule" }, today)).toBeNull();
  });
});
