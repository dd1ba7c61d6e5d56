import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  defaultTimeZone,
  evidenceMediaTypes,
  reminderKinds,
  replyChannels,
  replyOutcomes,
  statuses,
} from "@/core/vocabulary";
import type { AdapterAccountType } from "next-auth/adapters";

// ---- Auth.js tables (the shapes @auth/drizzle-adapter expects) ------------------------------

export const users = sqliteTable("user", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").unique(),
  emailVerified: integer("emailVerified", { mode: "timestamp_ms" }),
  image: text("image"),
  // The app's own per-user settings.
  locale: text("locale").notNull().default("en"),
  timeZone: text("time_zone").notNull().default(defaultTimeZone),
  remindersEnabled: integer("reminders_enabled", { mode: "boolean" }).notNull().default(true),
  reminderDigest: integer("reminder_digest", { mode: "boolean" }).notNull().default(false),
  /** Reminder kinds the user switched off (JSON array), e.g. from an unsubscribe link. */
  reminderOptOuts: text("reminder_opt_outs", { mode: "json" })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  /** The day the user leaves Norway, if they said: every open case must be done by then. */
  leavingOn: text("leaving_on"),
  /** Optional, only for the letters the user prepares (operators identify customers by it). */
  birthDate: text("birth_date"),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

export const accounts = sqliteTable(
  "account",
  {
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<AdapterAccountType>().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("providerAccountId").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = sqliteTable("session", {
  sessionToken: text("sessionToken").primaryKey(),
  userId: text("userId")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
});

export const verificationTokens = sqliteTable(
  "verificationToken",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * The one-time code that travels beside a magic link (lib/auth/sign-in-code.ts). The code itself
 * is an Auth.js verification token (hashed in `verificationToken`); this row marks which token
 * is a code, so wrong guesses can be counted and the code voided without touching the link.
 */
export const signInCodes = sqliteTable(
  "sign_in_code",
  {
    identifier: text("identifier").notNull(),
    /** The verification token's hash, as Auth.js stores it. */
    token: text("token").notNull(),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
    /** Wrong codes typed for this address while this code was live. */
    failures: integer("failures").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// ---- Sign-in rate limiting ----------------------------------------------------------------

/** One row per magic-link request, keyed by "email:<address>" and "client:<ip>". */
export const signInAttempts = sqliteTable(
  "sign_in_attempt",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("sign_in_attempt_key_at").on(t.key, t.at)],
);

// ---- The tracker ---------------------------------------------------------------------------

export const cases = sqliteTable(
  "case",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(), // operator id from content/operators, or "other"
    providerName: text("provider_name"), // the name when provider is "other"
    /** The user's own name for the line ("Dad's line", "work phone"), shown wherever the case is. */
    nickname: text("nickname"),
    subscriptionType: text("subscription_type").notNull(),
    phoneNumber: text("phone_number").notNull(), // normalized E.164, e.g. +4791234567
    customerNumber: text("customer_number"),
    channel: text("channel").notNull(),
    status: text("status", { enum: statuses }).notNull(),
    // Date-only values are YYYY-MM-DD text: never converted through UTC.
    submittedOn: text("submitted_on"),
    confirmationReference: text("confirmation_reference"),
    confirmedOn: text("confirmed_on"),
    endsOn: text("ends_on"),
    /** The end date the user asked the operator for (typed, or from the cancellation letter sent). */
    requestedEndOn: text("requested_end_on"),
    /** The day it must be done by, e.g. leaving Norway (the account's leaving date applies too). */
    doneBy: text("done_by"),
    /**
     * The operator's notice rule when the case was last saved (content/operators), so the model
     * can compute the end date without reading content inside a write transaction.
     */
    noticeRule: text("notice_rule"),
    finalBillChecked: integer("final_bill_checked", { mode: "boolean" }).notNull().default(false),
    /** "I was charged after the end date": the final bill is checked and in dispute. */
    finalBillDisputed: integer("final_bill_disputed", { mode: "boolean" }).notNull().default(false),
    creditRefundAsked: integer("credit_refund_asked", { mode: "boolean" }).notNull().default(false),
    hasEquipment: integer("has_equipment", { mode: "boolean" }).notNull().default(false),
    equipmentReturned: integer("equipment_returned", { mode: "boolean" }).notNull().default(false),
    notes: text("notes"),
    /** Per-case reminder overrides: a date chosen by the user, a snooze, kinds turned off. */
    remindOn: text("remind_on"),
    snoozedUntil: text("snoozed_until"),
    mutedReminderKinds: text("muted_reminder_kinds", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    /** Bumped by every change: an edit form opened at an older version must not overwrite newer data. */
    version: integer("version").notNull().default(1),
    /**
     * The case model's today-independent output (lib/tracker/case-model.ts, `modelBasis`), written
     * with every change of the case or its letters (lib/data/case-model-columns.ts), so the
     * dashboard orders by it instead of restating the rules in SQL. `model_version` says which
     * rules wrote it; rows of older rules are rewritten at start-up.
     */
    dueKind: text("due_kind"),
    dueOn: text("due_on"),
    waitingOn: text("waiting_on").notNull().default("user"),
    modelVersion: integer("model_version").notNull().default(0),
    /**
     * The dashboard's search column (lib/tracker/case-search.ts): nickname, operator, the number's
     * digits, customer number, reference and notes, normalized; written with the columns above.
     * Searched within one user's rows (index case_user), so no full-text index is needed for the
     * at most `accountLimits.cases` rows a search reads.
     */
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [
    // A user's cases. Past the user and status, it carries what the dashboard's counts, operator
    // filter and default order read (lib/data/case-queries.ts), so those come from the index
    // alone instead of a lookup of each of the user's rows: the three dashboard queries over a
    // user's 1,000 cases went from 1.9 to 1.3–1.4 ms (docs/performance.md).
    index("case_user").on(t.userId, t.status, t.provider, t.dueOn, t.waitingOn, t.createdAt, t.id),
  ],
);

/** The timeline: append-only (a trigger in the migrations rejects UPDATE). */
export const caseEvents = sqliteTable(
  "case_event",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    at: text("at").notNull(), // ISO timestamp
    kind: text("kind").notNull(), // created | status | edited | checklist
    field: text("field"),
    fromValue: text("from_value"),
    toValue: text("to_value"),
  },
  (t) => [index("case_event_case").on(t.caseId, t.id)],
);

export const caseChecklist = sqliteTable(
  "case_checklist",
  {
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    doneOn: text("done_on").notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.itemKey] })],
);

/**
 * Letters prepared from a case: the Norwegian text exactly as generated (what the user sent)
 * and its meaning in each language, frozen, so the case file shows what went out even after
 * the templates change.
 */
export const caseLetters = sqliteTable(
  "case_letter",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    templateVersion: integer("template_version").notNull(),
    /** { nb, en, zh }: the subject line and its meaning. */
    subject: text("subject", { mode: "json" }).$type<Record<string, string>>().notNull(),
    /** [{ nb, en, zh }] paragraph by paragraph. */
    paragraphs: text("paragraphs", { mode: "json" }).$type<Record<string, string>[]>().notNull(),
    preparedAt: text("prepared_at").notNull(),
    sentOn: text("sent_on"),
    /** The end date a cancellation letter asks for; it reaches the case when the letter is sent. */
    requestedEndOn: text("requested_end_on"),
    /**
     * The deceased's name a letter for an estate gives, so the case's next letter for the estate
     * starts from it instead of asking again (the form shows it, and the writer can change it).
     */
    deceasedName: text("deceased_name"),
  },
  (t) => [index("case_letter_case").on(t.caseId, t.preparedAt)],
);

/**
 * A file of evidence on a case (a screenshot, a PDF, an e-mail). The bytes live outside the
 * database, under the evidence folder, named by their SHA-256 (lib/evidence/store.ts); a file
 * is removed when no row names it any more. `user_id` is the case's owner, kept here so an
 * account's total is one indexed sum.
 */
export const caseEvidence = sqliteTable(
  "case_evidence",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sha256: text("sha256").notNull(),
    /** What our detection found in the bytes (never the name or the browser's claim). */
    mediaType: text("media_type", { enum: evidenceMediaTypes }).notNull(),
    bytes: integer("bytes").notNull(),
    /** The name it was uploaded with, cleaned of paths and control characters, for downloads. */
    fileName: text("file_name").notNull(),
    caption: text("caption"),
    /** The date the file shows (when the chat happened, the e-mail came), as the user gave it. */
    shownOn: text("shown_on"),
    addedAt: text("added_at").notNull(),
  },
  (t) => [
    index("case_evidence_case").on(t.caseId, t.addedAt),
    index("case_evidence_user").on(t.userId),
    index("case_evidence_sha256").on(t.sha256),
  ],
);

/**
 * An answer from the operator, as the user recorded it: when and how it came, what it said
 * (confirmed, refused, something else), its text as pasted and, optionally, the file of it
 * among the case's evidence. A confirmation or refusal also moves the case (lib/data/replies.ts).
 */
export const caseReplies = sqliteTable(
  "case_reply",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    receivedOn: text("received_on").notNull(),
    channel: text("channel", { enum: replyChannels }).notNull(),
    outcome: text("outcome", { enum: replyOutcomes }).notNull(),
    reference: text("reference"),
    text: text("text"),
    evidenceId: text("evidence_id").references(() => caseEvidence.id, { onDelete: "set null" }),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [index("case_reply_case").on(t.caseId, t.receivedOn)],
);

/**
 * Readers' reports (what worked, per operator): one row per case its owner chose to share, and
 * nothing that names the owner. No user id, no number, no case id, no date finer than a month,
 * no free text: the figures on the operator pages are computed from this table alone
 * (lib/reports/summary.ts). The only way back to a case is `case_report_share`, which exists so
 * that withdrawing consent, deleting the case or deleting the account deletes the report.
 */
export const readerReports = sqliteTable(
  "reader_report",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    operator: text("operator").notNull(), // an id from content/operators, never "other"
    subscriptionType: text("subscription_type").notNull(),
    channel: text("channel").notNull(), // the case's channel, the one that worked
    sentMonth: text("sent_month").notNull(), // YYYY-MM
    daysToConfirmation: integer("days_to_confirmation").notNull(),
    daysToEnd: integer("days_to_end"),
    chaseOrComplaint: integer("chase_or_complaint", { mode: "boolean" }).notNull(),
    /** True: checked and right; false: charged after the end; null: not checked when shared. */
    finalBillRight: integer("final_bill_right", { mode: "boolean" }),
    /** The month it was shared: figures only count reports shared before the current month. */
    filedMonth: text("filed_month").notNull(),
    /**
     * The month it joined its operator's figures, in a batch of at least k (null: waiting). Set
     * once and never recomputed, so later withdrawals cannot reshuffle which reports entered
     * together; a report counts for the 12 months from it and leaves with its batch.
     */
    releasedMonth: text("released_month"),
  },
  (t) => [
    index("reader_report_operator").on(t.operator, t.filedMonth, t.sentMonth),
    index("reader_report_released").on(t.operator, t.releasedMonth),
  ],
);

/**
 * Each operator's figures as published for a month, made once at the month's first read and
 * then served as they are: a withdrawal (which deletes its report at once) shows in the next
 * month's figures, together with that month's batch, not as a change of one report.
 */
export const readerReportSummaries = sqliteTable(
  "reader_report_summary",
  {
    operator: text("operator").notNull(),
    asOf: text("as_of").notNull(), // YYYY-MM
    summary: text("summary", { mode: "json" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.operator, t.asOf] })],
);

/** When a user shared a report: the per-day limit counts these (withdrawing does not undo one). */
export const reportShareLog = sqliteTable(
  "report_share_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("report_share_log_user_at").on(t.userId, t.at)],
);

/**
 * Which case a report came from, on the owner's side: one report per case. Deleting this row
 * deletes the report (a trigger in the migrations), and it goes with its case and account.
 */
export const caseReportShares = sqliteTable(
  "case_report_share",
  {
    caseId: text("case_id")
      .primaryKey()
      .references(() => cases.id, { onDelete: "cascade" }),
    reportId: text("report_id")
      .notNull()
      .references(() => readerReports.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The day (in Oslo) it was shared or last brought up to date; nothing finer is kept. */
    sharedAt: text("shared_at").notNull(),
  },
  (t) => [
    uniqueIndex("case_report_share_report").on(t.reportId),
    index("case_report_share_user").on(t.userId, t.sharedAt),
  ],
);

/** A user's private calendar feed: the secret in its URL. Deleting the row revokes the URL. */
export const calendarFeeds = sqliteTable("calendar_feed", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  token: text("token").notNull().unique(),
  createdAt: text("created_at").notNull(),
});

// ---- Reminder e-mails ----------------------------------------------------------------------

/** The send state machine of a reminder row (see `reminders`); typed, so a misspelt one fails tsc. */
export const reminderStatuses = ["pending", "sending", "sent", "failed", "cancelled"] as const;
export type ReminderStatus = (typeof reminderStatuses)[number];

/**
 * One row per reminder that should be (or was) sent, derived from case state. The unique key
 * (case, kind, anchor) means recomputing never creates a second copy; the status column is the
 * send state machine: pending → sending (claimed, with a lease) → sent | pending (retry) | failed,
 * or cancelled when the case no longer calls for it.
 */
export const reminders = sqliteTable(
  "reminder",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: reminderKinds }).notNull(),
    anchor: text("anchor").notNull(),
    dueOn: text("due_on").notNull(), // the user's calendar day
    dueAt: integer("due_at").notNull(), // 09:00 on dueOn in the user's time zone, epoch ms
    status: text("status", { enum: reminderStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at"),
    /** When sending first failed: retries go on for a week from here (the due time may move). */
    firstFailedAt: integer("first_failed_at"),
    claimedAt: integer("claimed_at"),
    claimToken: text("claim_token"),
    lastError: text("last_error"),
    sentAt: integer("sent_at"),
    messageId: text("message_id"),
  },
  (t) => [
    uniqueIndex("reminder_case_kind_anchor").on(t.caseId, t.kind, t.anchor),
    index("reminder_status_due").on(t.status, t.dueAt),
  ],
);

/** The last runs of background jobs, for the health endpoint. */
export const jobRuns = sqliteTable("job_run", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  job: text("job").notNull(),
  startedAt: integer("started_at").notNull(),
  finishedAt: integer("finished_at"),
  counts: text("counts", { mode: "json" }).$type<Record<string, number>>(),
  error: text("error"),
});
