import { describe, expect, it } from "vitest";
import { plannedRecord } from "@/test/case-record";
import { modelBasis, noLetters, type CaseRecord } from "./case-model";
import { progressSteps } from "./progress";

const today = "2026-11-25";
const base: CaseRecord = { ...plannedRecord, createdAt: "2026-11-01T10:00:00.000Z" };
const states = (c: Partial<CaseRecord>, events = noLetters) =>
  progressSteps({ ...base, ...c }, modelBasis({ ...base, ...c }, events), today).map(
    (s) => `${s.key}:${s.state}:${s.date ?? "-"}`,
  );

describe("progress line", () => {
  it("a planned case is at 'planned', as its badge says", () => {
    expect(states({})).toEqual([
      "planned:current:2026-11-01",
      "sent:upcoming:-",
      "confirmed:upcoming:-",
      "ends:upcoming:-",
      "final-bill:upcoming:-",
    ]);
  });

  it("a sent case waits for the confirmation, expected a week later, overdue after that", () => {
    expect(states({ status: "submitted", submittedOn: "2026-11-20" })[2]).toBe(
      "confirmed:current:2026-11-27",
    );
    expect(states({ status: "submitted", submittedOn: "2026-11-10" })[2]).toBe(
      "confirmed:overdue:2026-11-17",
    );
    expect(states({ status: "rejected", submittedOn: "2026-11-10" })[2]).toBe(
      "confirmed:problem:-",
    );
  });

  it("a confirmed case counts down to the end, then to the final bill", () => {
    const confirmed = {
      status: "confirmed" as const,
      submittedOn: "2026-11-10",
      confirmedOn: "2026-11-12",
    };
    expect(states({ ...confirmed, endsOn: "2026-12-31" }).slice(2)).toEqual([
      "confirmed:done:2026-11-12",
      "ends:current:2026-12-31",
      "final-bill:upcoming:2027-01-14",
    ]);
    expect(states({ ...confirmed, endsOn: "2026-11-01" }).slice(3)).toEqual([
      "ends:done:2026-11-01",
      "final-bill:overdue:2026-11-15",
    ]);
    expect(states({ ...confirmed, endsOn: "2026-11-01", finalBillChecked: true }).slice(4)).toEqual(
      ["final-bill:done:2026-11-15"],
    );
    expect(
      states({
        ...confirmed,
        endsOn: "2026-11-01",
        finalBillChecked: true,
        finalBillDisputed: true,
      }).slice(4),
    ).toEqual(["final-bill:problem:2026-11-15"]);
  });

  it("a case entered as already sent has no 'planned' date after its sent date", () => {
    expect(
      states({
        status: "submitted",
        createdAt: "2026-11-25T09:00:00.000Z",
        submittedOn: "2026-11-20",
      }).slice(0, 3),
    ).toEqual(["planned:done:-", "sent:done:2026-11-20", "confirmed:current:2026-11-27"]);
  });

  it("a chase moves the confirmation's date to the chase's answer date, and it is not overdue before", () => {
    const sent = { status: "submitted" as const, submittedOn: "2026-11-01" };
    expect(states(sent)[2]).toBe("confirmed:overdue:2026-11-08");
    expect(states(sent, { chasedOn: "2026-11-20", complainedOn: null })[2]).toBe(
      "confirmed:current:2026-11-27",
    );
  });

  it("a withdrawn case keeps what happened and skips the rest", () => {
    expect(states({ status: "withdrawn" })).toEqual([
      "planned:done:2026-11-01",
      "sent:skipped:-",
      "confirmed:skipped:-",
      "ends:skipped:-",
      "final-bill:skipped:-",
    ]);
  });
});
