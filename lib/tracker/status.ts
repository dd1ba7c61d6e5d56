import type { Status } from "@/core/vocabulary";

// The statuses are stored by the schema, so they are declared on the bottom floor.
export { statuses, type Status } from "@/core/vocabulary";

/** Who the case is waiting on in each status. */
export const waitingOn: Record<Status, "user" | "operator" | "nobody"> = {
  planned: "user", // you have not sent the cancellation yet
  submitted: "operator", // the operator owes you a confirmation
  confirmed: "user", // check the final bill, return equipment, tick the checklist
  rejected: "user", // decide: send again or complain
  completed: "nobody",
  withdrawn: "nobody",
};

/** The moves the server accepts; anything else is refused, whatever the form sent. */
export const transitions: Record<Status, readonly Status[]> = {
  planned: ["submitted", "withdrawn"],
  submitted: ["confirmed", "rejected", "withdrawn"],
  confirmed: ["completed"],
  rejected: ["submitted", "withdrawn"],
  completed: ["confirmed"], // reopen: "all done" was too early
  withdrawn: ["planned"],
};

export function canTransition(from: Status, to: Status): boolean {
  return transitions[from].includes(to);
}
