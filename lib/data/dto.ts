import type { cases, reminders } from "@/db/schema";

// What the data-access layer hands to pages and components: plain objects, never the owner's id.
// Types only, so components may import them (see the boundaries in eslint.config.mjs).

/** A case as pages see it: its row (without the owner) and the account's leaving date. */
export type CaseDto = Omit<typeof cases.$inferSelect, "userId" | "searchText"> & {
  accountLeavingOn: string | null;
};
export type CaseEventDto = {
  id: number;
  at: string;
  kind: string;
  field: string | null;
  from: string | null;
  to: string | null;
};
export type CaseReminderDto = Pick<
  typeof reminders.$inferSelect,
  "id" | "kind" | "dueOn" | "dueAt" | "status" | "sentAt" | "attempts" | "lastError"
>;
export type AccountDto = {
  email: string;
  locale: string;
  timeZone: string;
  remindersEnabled: boolean;
  reminderDigest: boolean;
  reminderOptOuts: string[];
  /** The day the user leaves Norway, if they said: every open case must be done by then. */
  leavingOn: string | null;
  createdAt: string;
};
export type AccountSettings = Pick<
  AccountDto,
  "locale" | "timeZone" | "remindersEnabled" | "reminderDigest" | "reminderOptOuts" | "leavingOn"
>;
export type LetterDto = {
  id: string;
  kind: string;
  templateVersion: number;
  subject: Record<string, string>;
  paragraphs: Record<string, string>[];
  preparedAt: string;
  sentOn: string | null;
  /** The deceased's name a letter for an estate gave; null on every other letter. */
  deceasedName: string | null;
};
/** A file of evidence as pages see it: never its digest or where it is stored. */
export type EvidenceDto = {
  id: string;
  fileName: string;
  mediaType: import("@/core/vocabulary").EvidenceMediaType;
  bytes: number;
  caption: string | null;
  shownOn: string | null;
  addedAt: string;
};
/** An operator's answer as pages see it. */
export type ReplyDto = {
  id: string;
  receivedOn: string;
  channel: import("@/core/vocabulary").ReplyChannel;
  outcome: import("@/core/vocabulary").ReplyOutcome;
  reference: string | null;
  text: string | null;
  evidenceId: string | null;
  /** The file's caption or name, when the answer points to one of the case's files. */
  evidenceName: string | null;
};
