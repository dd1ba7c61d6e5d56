import type { CaseLetterEvents, CaseModel, CaseRecord } from "./case-model";

export type NextStepsReason = "overdue" | "rejected" | "disputed";
export type NextStepsSituation =
  NextStepsReason | "chased" | "chaseUnanswered" | "complained" | "complaintUnanswered";

/**
 * Where a case stands on the way forward (write to the operator, complain in writing,
 * Brukerklagenemnda), read off the case model's next action: which step is current, what has been
 * done and when, and the date the current one waits for. Null when the case needs none of it.
 */
export type NextStepsStage = {
  reason: NextStepsReason;
  situation: NextStepsSituation;
  current: 1 | 2 | 3;
  chasedOn: string | null;
  complainedOn: string | null;
  dueOn: string | null;
};

export function nextStepsStage(
  c: CaseRecord,
  model: CaseModel,
  events: CaseLetterEvents,
): NextStepsStage | null {
  const reason: NextStepsReason =
    c.status === "rejected" ? "rejected" : c.finalBillDisputed ? "disputed" : "overdue";
  const stage = (situation: NextStepsSituation, current: 1 | 2 | 3): NextStepsStage => ({
    reason,
    situation,
    current,
    // A chase belongs to the wait for a confirmation, not to a refusal or a disputed bill.
    chasedOn: reason === "overdue" ? events.chasedOn : null,
    complainedOn: events.complainedOn,
    dueOn: model.next?.on ?? null,
  });
  switch (model.nextAction) {
    case "chase":
      return stage("overdue", 1);
    case "wait-for-chase-answer":
      return stage("chased", 2);
    case "complain":
      if (reason !== "overdue") return stage(reason, 1);
      return stage(events.chasedOn ? "chaseUnanswered" : "overdue", 2);
    case "wait-for-complaint-answer":
      return stage("complained", 3);
    case "brukerklagenemnda":
      return stage("complaintUnanswered", 3);
    default:
      return null;
  }
}
