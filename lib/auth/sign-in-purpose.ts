/**
 * What a signed-out visitor is signing in for, read from where they will return: a link from a
 * reminder e-mail (record a confirmation, pause reminders, answer about the final bill) or a case.
 * Shown on the sign-in page so nobody wonders why a link asks them to sign in.
 */
export type SignInPurpose = "confirm" | "snooze" | "finalBill" | "case" | "tracker";

export function signInPurpose(returnTo: string): SignInPurpose {
  const path = returnTo.split(/[?#]/)[0] ?? "";
  const caseAction = /^\/[^/]+\/tracker\/[^/]+(\/(confirm|snooze|final-bill))?$/.exec(path);
  if (!caseAction || path.endsWith("/new") || path.endsWith("/account")) return "tracker";
  if (caseAction[2] === "confirm") return "confirm";
  if (caseAction[2] === "snooze") return "snooze";
  if (caseAction[2] === "final-bill") return "finalBill";
  return "case";
}
