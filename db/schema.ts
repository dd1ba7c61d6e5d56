import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { AdapterAccountType } from "next-auth/adapters";

// ---- Auth.js tables (the shapes @auth/drizzle-adapter expects) ------------------------------

export const users = sqliteTable("user", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").unique(),
  emailVerified: integer("emailVerified", { mode: "timestamp_ms" }),
  image: text("image"),
  // The app's own per-user settings.
  locale: text("locale").notNull().default("en"),
  timeZone: text("time_zone").notNull().default("Europe/Oslo"),
  remindersEnabled: integer("reminders_enabled", { mode: "boolean" }).notNull().default(true),
  reminderDigest: integer("reminder_digest", { mode: "boolean" }).notNull().default(false),
  createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

export const accounts = sqliteTable(
  "account",
  {
    userId: text("userId").notNull().references(() => users.id, { onDelete: "cascade" }),
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
  userId: text("userId").notNull().references(() => users.id, { onDelete: "cascade" }),
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
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(), // operator id from content/operators, or "other"
    providerName: text("provider_name"), // the name when provider is "other"
    subscriptionType: text("subscription_type").notNull(),
    phoneNumber: text("phone_number").notNull(), // normalized E.164, e.g. +4791234567
    customerNumber: text("customer_number"),
    channel: text("channel").notNull(),
    status: text("status").notNull(),
    // Date-only values are YYYY-MM-DD text: never converted through UTC.
    submittedOn: text("submitted_on"),
    confirmationReference: text("confirmation_reference"),
    confirmedOn: text("confirmed_on"),
    endsOn: text("ends_on"),
    finalBillChecked: integer("final_bill_checked", { mode: "boolean" }).notNull().default(false),
    creditRefundAsked: integer("credit_refund_asked", { mode: "boolean" }).notNull().default(false),
    hasEquipment: integer("has_equipment", { mode: "boolean" }).notNull().default(false),
    equipmentReturned: integer("equipment_returned", { mode: "boolean" }).notNull().default(false),
    notes: text("notes"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("case_user").on(t.userId, t.status)],
);

/** The timeline: append-only (a trigger in the migrations rejects UPDATE). */
export const caseEvents = sqliteTable(
  "case_event",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: text("case_id").notNull().references(() => cases.id, { onDelete: "cascade" }),
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
    caseId: text("case_id").notNull().references(() => cases.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    doneOn: text("done_on").notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.itemKey] })],
);
