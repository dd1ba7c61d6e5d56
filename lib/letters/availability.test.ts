import { describe, expect, it } from "vitest";
import type { CaseRecord } from "@/lib/tracker/case-model";
import { plannedRecord } from "@/test/case-record";
import { availableLetters, statusAfterSending } from "./availability";

const today = "2026-11-25";
const base: CaseRecord = { ...plannedRecord, status: "submitted", submittedOn: "2026-11-20" };

describe("which letters a case calls for", () => {
  it("offers the cancellation until it is sent, and again after a refusal", () => {
    expect(availableLetters({ ...base, status: "planned", submittedOn: null }, [], today)).toEqual([
      "cancellation",
      "withdrawal",
      "estate-cancellation",
      "employer-owner-change",
    ]);
    // After a refusal the number's owner is settled: no letter to an employer any more.
    expect(availableLetters({ ...base, status: "rejected" }, [], today)).toEqual([
      "cancellation",
      "withdrawal",
      "estate-cancellation",
      "operator-complaint",
    ]);
  });
  it("offers the chase from the follow-up date on (7 days), the complaint after three weeks", () => {
    expect(availableLetters(base, [], today)).toEqual([]);
    expect(availableLetters({ ...base, submittedOn: "2026-11-18" }, [], today)).toEqual(["chase"]);
    expect(availableLetters({ ...base, submittedOn: "2026-11-09" }, [], today)).toEqual(["chase"]);
    expect(availableLetters({ ...base, submittedOn: "2026-11-04" }, [], today)).toEqual([
      "chase",
      "operator-complaint",
    ]);
  });
  it("after a chase, offers the complaint only once the chase's seven days are up", () => {
    const chasedOn = (sentOn: string) => [{ kind: "chase", sentOn }];
    const sent = { ...base, submittedOn: "2026-11-09" };
    expect(availableLetters(sent, chasedOn("2026-11-20"), today)).toEqual(["chase"]);
    expect(availableLetters(sent, chasedOn("2026-11-18"), today)).toEqual(["operator-complaint"]);
    expect(availableLetters(sent, chasedOn("2026-11-17"), today)).toEqual(["operator-complaint"]);
  });
  it("offers the bill dispute once the service has ended, BKN once a complaint was sent", () => {
    const ended = { ...base, status: "confirmed" as const, endsOn: "2026-11-24" };
    expect(availableLetters(ended, [], today)).toEqual(["final-bill-dispute", "advance-refund"]);
    // The end day counts, as for the final-bill question on the case page (one rule: serviceEnded).
    expect(availableLetters({ ...ended, endsOn: "2026-11-25" }, [], today)).toEqual([
      "final-bill-dispute",
      "advance-refund",
    ]);
    expect(availableLetters({ ...ended, endsOn: "2026-11-26" }, [], today)).toEqual([]);
    expect(availableLetters(ended, [{ kind: "operator-complaint", sentOn: null }], today)).toEqual([
      "final-bill-dispute",
      "advance-refund",
    ]);
    expect(
      availableLetters(ended, [{ kind: "operator-complaint", sentOn: "2026-11-25" }], today),
    ).toEqual(["final-bill-dispute", "advance-refund", "bkn-complaint"]);
    // A claim for what was billed in advance asks for an answer too: the board follows it.
    expect(
      availableLetters(ended, [{ kind: "advance-refund", sentOn: "2026-11-25" }], today),
    ).toEqual(["final-bill-dispute", "advance-refund", "bkn-complaint"]);
  });
  it("moves only a planned or refused case on when a cancellation is sent", () => {
    expect(statusAfterSending("cancellation", "planned")).toBe("submitted");
    expect(statusAfterSending("cancellation", "rejected")).toBe("submitted");
    expect(statusAfterSending("withdrawal", "planned")).toBeNull();
    expect(statusAfterSending("estate-cancellation", "planned")).toBe("submitted");
    expect(statusAfterSending("employer-owner-change", "planned")).toBeNull();
    expect(statusAfterSending("cancellation", "confirmed")).toBeNull();
    expect(statusAfterSending("chase", "submitted")).toBeNull();
  });
});
