import type { cases, reminders } from "@/db/schema";

// What the data-access layer hands to pages and components: plain objects, never the owner's id.
// Types only, so components may import them (see the boundaries in eslint.config.mjs).

export type CaseDto = Omit<typeof cases.$inferSelect, "userId">;
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
  createdAt: string;
};
export type AccountSettings = Pick<
  AccountDto,
  "locale" | "timeZone" | "remindersEnabled" | "reminderDigest" | "reminderOptOuts"
>;
export type LetterDto = {
  id: string;
  kind: string;
  templateVersion: number;
  subject: Record<string, string>;
  paragraphs: Record<string, string>[];
  preparedAt: string;
  sentOn: string | null;
};
