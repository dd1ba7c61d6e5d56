import { describe, expect, it } from "vitest";
import { dateProblems, statusAfterDateChange, statusFromDates, type CaseDates } from "./case-dates";

const today = "2026-11-25";
const dates = (d: Partial<CaseDates>): CaseDates => ({
  submittedOn: null,
  confirmedOn: null,
  endsOn: null,
  ...d,
});

describe("the one rule for a case's dates", () => {
  it("accepts dates in order, up to today", () => {
    expect(dateProblems(dates({}), today)).toEqual([]);
    expect(
      dateProblems(
        dates({ submittedOn: "2026-11-20", confirmedOn: "2026-11-20", endsOn: "2026-12-31" }),
        today,
      ),
    ).toEqual([]);
    expect(dateProblems(dates({ submittedOn: today, confirmedOn: today }), today)).toEqual([]);
  });

  it("refuses a confirmation before the cancellation was sent, or without its date", () => {
    expect(
      dateProblems(dates({ submittedOn: "2026-11-20", confirmedOn: "2026-11-19" }), today),
    ).toEqual([{ field: "confirmedOn", code: "beforeSubmitted" }]);
    expect(dateProblems(dates({ confirmedOn: "2026-11-19" }), today)).toEqual([
      { field: "submittedOn", code: "required" },
    ]);
  });

  it("refuses an end before the cancellation was sent", () => {
    expect(dateProblems(dates({ submittedOn: "2026-11-20", endsOn: "2026-11-01" }), today)).toEqual(
      [{ field: "endsOn", code: "beforeSubmitted" }],
    );
    // Ending the day after, before the confirmation e-mail arrived, happens (Ice): allowed.
    expect(
      dateProblems(
        dates({ submittedOn: "2026-11-20", confirmedOn: "2026-11-23", endsOn: "2026-11-21" }),
        today,
      ),
    ).toEqual([]);
  });

  it("refuses sent or confirmed dates in the future, but not a future end", () => {
    expect(
      dateProblems(
        dates({ submittedOn: "2026-11-26", confirmedOn: "2026-11-27", endsOn: "2027-01-31" }),
        today,
      ),
    ).toEqual([
      { field: "submittedOn", code: "futureDate" },
      { field: "confirmedOn", code: "futureDate" },
    ]);
  });
});

describe("the status follows the dates", () => {
  it("from the dates alone (a new case)", () => {
    expect(statusFromDates(dates({}))).toBe("planned");
    expect(statusFromDates(dates({ submittedOn: "2026-11-20" }))).toBe("submitted");
    expect(statusFromDates(dates({ submittedOn: "2026-11-20", confirmedOn: "2026-11-21" }))).toBe(
      "confirmed",
    );
    expect(statusFromDates(dates({ endsOn: "2026-12-31" }))).toBe("planned");
  });

  it("after an edit: planned, sent and confirmed follow; the user's own decisions stay", () => {
    const sent = dates({ submittedOn: "2026-11-20" });
    const confirmed = dates({ submittedOn: "2026-11-20", confirmedOn: "2026-11-21" });
    expect(statusAfterDateChange("planned", sent)).toBe("submitted");
    expect(statusAfterDateChange("submitted", confirmed)).toBe("confirmed");
    expect(statusAfterDateChange("confirmed", sent)).toBe("submitted");
    expect(statusAfterDateChange("submitted", dates({}))).toBe("planned");
    expect(statusAfterDateChange("rejected", sent)).toBe("rejected");
    expect(statusAfterDateChange("rejected", confirmed)).toBe("confirmed");
    expect(statusAfterDateChange("completed", sent)).toBe("completed");
    expect(statusAfterDateChange("withdrawn", confirmed)).toBe("withdrawn");
  });
});
