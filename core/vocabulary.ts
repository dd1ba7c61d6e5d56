/**
 * The words every layer shares: the database schema stores them (db/schema.ts declares its enum
 * columns with them) and the rules reason with them (lib/tracker, lib/reminders re-export them
 * beside the rules). They live here, on the bottom floor, so db/ imports nothing from lib/.
 */

/** A case's status, from planned to completed (lib/tracker/status.ts has the transitions). */
export const statuses = [
  "planned",
  "submitted",
  "confirmed",
  "completed",
  "rejected",
  "withdrawn",
] as const;
export type Status = (typeof statuses)[number];

/** The reminders the job sends (lib/reminders/kinds.ts has when). */
export const reminderKinds = [
  "send-by",
  "follow-up",
  "before-end",
  "final-bill",
  "remind-on",
] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** The product's home zone: the default for new accounts and for anyone without a setting. */
export const defaultTimeZone = "Europe/Oslo";

/**
 * What a file of evidence is, as our own detection decided from its bytes (lib/evidence): the
 * only types stored, and the Content-Type each is served with.
 */
export const evidenceMediaTypes = [
  "image/png",
  "image/jpeg",
  "application/pdf",
  "message/rfc822",
] as const;
export type EvidenceMediaType = (typeof evidenceMediaTypes)[number];

/** How an operator's answer came, and what it said (a recorded reply on a case). */
export const replyChannels = ["email", "chat", "sms", "letter", "phone", "app", "other"] as const;
export type ReplyChannel = (typeof replyChannels)[number];
export const replyOutcomes = ["confirmed", "refused", "other"] as const;
export type ReplyOutcome = (typeof replyOutcomes)[number];
