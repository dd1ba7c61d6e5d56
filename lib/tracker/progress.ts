import {
  endDateReached,
  finalBillDeadline,
  serviceEnded,
  type CaseRecord,
  type ModelBasis,
} from "./case-model";
import type { IsoDate } from "./dates";

/**
 * A case's way from plan to final bill, as steps with dates, drawn from the case model (the
 * progress line on the case page and the dashboard). Steps are in their order, dates are as
 * recorded (a case entered as already sent has no "planned" date), and the current step is the
 * one the status badge names.
 */
export const progressKeys = ["planned", "sent", "confirmed", "ends", "final-bill"] as const;
export type ProgressKey = (typeof progressKeys)[number];
export type StepState = "done" | "current" | "upcoming" | "overdue" | "problem" | "skipped";
export type ProgressStep = { key: ProgressKey; state: StepState; date: IsoDate | null };

export function progressSteps(c: CaseRecord, basis: ModelBasis, today: IsoDate): ProgressStep[] {
  const { due } = basis;
  const created = c.createdAt.slice(0, 10);
  // Entered after the fact (sent before the case was created here): planning has no date of ours.
  const plannedOn = c.submittedOn !== null && c.submittedOn < created ? null : created;
  const billBy = c.endsOn ? finalBillDeadline(c.endsOn).on : null;
  const ended = endDateReached(c.endsOn, today);
  const billOpen = serviceEnded(c, today);
  const steps: ProgressStep[] = [
    { key: "planned", state: c.status === "planned" ? "current" : "done", date: plannedOn },
    { key: "sent", state: c.submittedOn ? "done" : "upcoming", date: c.submittedOn },
    {
      key: "confirmed",
      state: c.confirmedOn
        ? "done"
        : c.status === "rejected"
          ? "problem"
          : c.status === "submitted"
            ? due && due.on < today
              ? "overdue"
              : "current"
            : "upcoming",
      date:
        c.confirmedOn ??
        (c.status === "submitted" || c.status === "rejected" ? (due?.on ?? null) : null),
    },
    {
      key: "ends",
      state:
        c.confirmedOn && ended
          ? "done"
          : c.status === "confirmed" && !ended
            ? "current"
            : "upcoming",
      date: c.endsOn,
    },
    {
      key: "final-bill",
      state: c.finalBillDisputed
        ? "problem"
        : c.finalBillChecked
          ? "done"
          : billOpen
            ? billBy && billBy < today
              ? "overdue"
              : "current"
            : "upcoming",
      date: billBy,
    },
  ];
  if (c.status === "withdrawn")
    return steps.map((s) => (s.state === "done" ? s : { ...s, state: "skipped" }));
  return steps;
}
