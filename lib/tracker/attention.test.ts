import { describe, expect, it } from "vitest";
import { plannedRecord } from "@/test/case-record";
import { byAttention } from "./attention";
import { modelBasis, noLetters, type CaseRecord } from "./case-model";

const c = (id: string, over: Partial<CaseRecord>) => {
  const record = {
    ...plannedRecord,
    id,
    createdAt: `2026-01-01T00:00:0${id}Z`,
    ...over,
  };
  return { record, basis: modelBasis(record, noLetters) };
};

describe("byAttention", () => {
  it("puts overdue first, then waiting on the user, then on the operator, then finished", () => {
    const sorted = byAttention(
      [
        c("1", { status: "completed", endsOn: "2026-10-01", finalBillChecked: true }),
        c("2", { status: "submitted", submittedOn: "2026-11-20" }),
        c("3", { status: "planned" }),
        c("4", { status: "submitted", submittedOn: "2026-11-01" }), // confirmation due 8 Nov: overdue
      ],
      "2026-11-25",
    );
    expect(sorted.map((s) => s.id)).toEqual(["4", "3", "2", "1"]);
    expect(sorted[0]!.model).toMatchObject({
      overdue: true,
      waitingOn: "user",
      next: { kind: "confirmation", on: "2026-11-08" },
      nextAction: "complain", // three weeks of silence
    });
  });

  it("orders by the nearest deadline within a group", () => {
    const sorted = byAttention(
      [
        c("1", { status: "submitted", submittedOn: "2026-11-24" }),
        c("2", { status: "submitted", submittedOn: "2026-11-20" }),
      ],
      "2026-11-25",
    );
    expect(sorted.map((s) => s.id)).toEqual(["2", "1"]);
  });
});
