import { followUp } from "@/lib/reminders/kinds";
import { addDays, type IsoDate } from "./dates";
import { finalBillAfterDays } from "./deadlines";
import type { Status } from "./status";

/**
 * A case's way from plan to final bill, as steps with dates: done (with the date it happened),
 * the current one, upcoming ones (with the date expected, where one is known), and overdue or
 * refused ones. Drawn as the progress line on the case page and on the dashboard.
 */
export const progressKeys = ["planned", "sent", "confirmed", "ends", "final-bill"] as const;
export type ProgressKey = (typeof progressKeys)[number];
export type StepState = "done" | "current" | "upcoming" | "overdue" | "problem" | "skipped";
export type ProgressStep = { key: ProgressKey; state: StepState; date: IsoDate | null };

export type ProgressCase = {
  status: Status;
  createdAt: string;
  submittedOn: IsoDate | null;
  confirmedOn: IsoDate | null;
  endsOn: IsoDate | null;
  finalBillChecked: boolean;
  finalBillDisputed: boolean;
};

export function progressSteps(c: ProgressCase, today: IsoDate): ProgressStep[] {
  const confirmBy = c.submittedOn ? addDays(c.submittedOn, followUp.everyDays) : null;
  const billBy = c.endsOn ? addDays(c.endsOn, finalBillAfterDays) : null;
  const steps: ProgressStep[] = [
    { key: "planned", state: "done", date: c.createdAt.slice(0, 10) },
    { key: "sent", state: c.submittedOn ? "done" : "upcoming", date: c.submittedOn },
    {
      key: "confirmed",
      state: c.confirmedOn
        ? "done"
        : c.status === "rejected"
          ? "problem"
          : confirmBy && confirmBy < today
            ? "overdue"
            : "upcoming",
      date: c.confirmedOn ?? confirmBy,
    },
    {
      key: "ends",
      state: c.endsOn && c.endsOn <= today && c.confirmedOn ? "done" : "upcoming",
      date: c.endsOn,
    },
    {
      key: "final-bill",
      state: c.finalBillDisputed
        ? "problem"
        : c.finalBillChecked
          ? "done"
          : billBy && billBy < today && c.confirmedOn
            ? "overdue"
            : "upcoming",
      date: billBy,
    },
  ];
  if (c.status === "withdrawn")
    return steps.map((s) => (s.state === "done" ? s : { ...s, state: "skipped" }));
  // The first step not done is where the case is now (unless it is already marked as a problem).
  const current = steps.find((s) => s.state !== "done");
  if (current && current.state === "upcoming") current.state = "current";
  return steps;
}
