import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { caseChecklist, caseEvents, cases } from "@/db/schema";
import { nowIso } from "@/lib/clock";
import { syncReminders } from "@/lib/reminders/sync";
import { checklistFor, type ChecklistKey } from "@/lib/tracker/checklist";
import type { IsoDate } from "@/lib/tracker/dates";
import { canTransition, type Status } from "@/lib/tracker/status";
import type { CaseFormInput, StatusChangeInput } from "@/lib/validation/case";
import { toCaseDto, type CaseDto, type CaseEventDto } from "./case-dto";

// The tracker's data-access layer. Every function takes the signed-in user's id (from
// requireUser) and touches only rows that user owns: a case id belonging to someone else is
// treated exactly like one that does not exist. Writes run in one transaction with their
// timeline events and the recomputed reminder rows (syncReminders), so a case never changes
// without its history and its reminders never disagree with it.

type Db = ReturnType<typeof getDb>;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const editableFields = [
  "provider", "providerName", "subscriptionType", "phoneNumber", "customerNumber", "channel", "submittedOn",
  "confirmationReference", "confirmedOn", "endsOn", "finalBillChecked", "creditRefundAsked", "hasEquipment",
  "equipmentReturned", "notes",
] as const;

function ownedCase(tx: Tx | Db, userId: string, caseId: string) {
  return tx.select().from(cases).where(and(eq(cases.id, caseId), eq(cases.userId, userId))).get();
}

function logEvent(tx: Tx, caseId: string, kind: string, field: string | null, from: unknown, to: unknown) {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  tx.insert(caseEvents).values({ caseId, at: nowIso(), kind, field, fromValue: text(from), toValue: text(to) }).run();
}

export function listCases(userId: string): CaseDto[] {
  return getDb().select().from(cases).where(eq(cases.userId, userId)).orderBy(desc(cases.createdAt)).all().map(toCaseDto);
}

export function getCase(userId: string, caseId: string): CaseDto | null {
  const row = ownedCase(getDb(), userId, caseId);
  return row ? toCaseDto(row) : null;
}

export function createCase(userId: string, input: CaseFormInput): CaseDto {
  return getDb().transaction((tx) => {
    const at = nowIso();
    const status: Status = input.submittedOn ? "submitted" : "planned";
    const row = tx
      .insert(cases)
      .values({ ...pickEditable(input), userId, status, createdAt: at, updatedAt: at })
      .returning()
      .get();
    logEvent(tx, row.id, "created", "status", null, status);
    syncReminders(tx, row.id);
    return toCaseDto(row);
  });
}

/** Saves the edit form; one timeline event per field that really changed. */
export function updateCase(userId: string, caseId: string, input: CaseFormInput): CaseDto | null {
  return getDb().transaction((tx) => {
    const before = ownedCase(tx, userId, caseId);
    if (!before) return null;
    const next = pickEditable(input);
    const changed = editableFields.filter((field) => (before[field] ?? null) !== (next[field] ?? null));
    if (changed.length === 0) return toCaseDto(before);
    for (const field of changed) logEvent(tx, caseId, "edited", field, before[field], next[field]);
    const row = tx.update(cases).set({ ...next, updatedAt: nowIso() }).where(eq(cases.id, caseId)).returning().get();
    syncReminders(tx, caseId);
    return toCaseDto(row);
  });
}

export type StatusChangeResult = { ok: true; case: CaseDto } | { ok: false; reason: "not-found" | "not-allowed" };

/**
 * Moves a case along its status path. The server enforces the allowed transitions whatever the
 * form sent, and records the dates the new status implies (submitted on, confirmed on).
 */
export function changeStatus(userId: string, caseId: string, input: StatusChangeInput, today: IsoDate): StatusChangeResult {
  return getDb().transaction((tx): StatusChangeResult => {
    const before = ownedCase(tx, userId, caseId);
    if (!before) return { ok: false, reason: "not-found" };
    const from = before.status as Status;
    if (!canTransition(from, input.to)) return { ok: false, reason: "not-allowed" };

    const updates: Partial<typeof cases.$inferInsert> = { status: input.to, updatedAt: nowIso() };
    if (input.to === "submitted") updates.submittedOn = input.submittedOn ?? before.submittedOn ?? today;
    if (input.to === "confirmed") {
      updates.confirmedOn = input.confirmedOn ?? today;
      if (input.confirmationReference) updates.confirmationReference = input.confirmationReference;
      if (input.endsOn) updates.endsOn = input.endsOn;
    }
    logEvent(tx, caseId, "status", "status", from, input.to);
    for (const field of ["submittedOn", "confirmedOn", "confirmationReference", "endsOn"] as const) {
      if (field in updates && (before[field] ?? null) !== (updates[field] ?? null)) logEvent(tx, caseId, "edited", field, before[field], updates[field]);
    }
    const row = tx.update(cases).set(updates).where(eq(cases.id, caseId)).returning().get();
    syncReminders(tx, caseId);
    return { ok: true, case: toCaseDto(row) };
  });
}

export function deleteCase(userId: string, caseId: string): boolean {
  return getDb().delete(cases).where(and(eq(cases.id, caseId), eq(cases.userId, userId))).run().changes === 1;
}

export function listCaseEvents(userId: string, caseId: string): CaseEventDto[] | null {
  const db = getDb();
  if (!ownedCase(db, userId, caseId)) return null;
  return db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.id))
    .all()
    .map((e) => ({ id: e.id, at: e.at, kind: e.kind, field: e.field, from: e.fromValue, to: e.toValue }));
}

export function getChecklist(userId: string, caseId: string): { key: ChecklistKey; section: string; doneOn: IsoDate | null }[] | null {
  const db = getDb();
  const row = ownedCase(db, userId, caseId);
  if (!row) return null;
  const done = new Map(db.select().from(caseChecklist).where(eq(caseChecklist.caseId, caseId)).all().map((d) => [d.itemKey, d.doneOn]));
  return checklistFor(row).map((item) => ({ key: item.key, section: item.section, doneOn: done.get(item.key) ?? null }));
}

/** Ticks or unticks one checklist item that applies to this case. */
export function setChecklistItem(userId: string, caseId: string, key: string, done: boolean, today: IsoDate): boolean {
  return getDb().transaction((tx) => {
    const row = ownedCase(tx, userId, caseId);
    if (!row || !checklistFor(row).some((item) => item.key === key)) return false;
    const where = and(eq(caseChecklist.caseId, caseId), eq(caseChecklist.itemKey, key));
    const existing = tx.select().from(caseChecklist).where(where).get();
    if (done === !!existing) return true;
    if (done) tx.insert(caseChecklist).values({ caseId, itemKey: key, doneOn: today }).run();
    else tx.delete(caseChecklist).where(where).run();
    logEvent(tx, caseId, "checklist", key, existing?.doneOn ?? null, done ? today : null);
    syncReminders(tx, caseId);
    return true;
  });
}

function pickEditable(input: CaseFormInput) {
  return {
    provider: input.provider,
    providerName: input.providerName,
    subscriptionType: input.subscriptionType,
    phoneNumber: input.phoneNumber,
    customerNumber: input.customerNumber ?? null,
    channel: input.channel,
    submittedOn: input.submittedOn ?? null,
    confirmationReference: input.confirmationReference ?? null,
    confirmedOn: input.confirmedOn ?? null,
    endsOn: input.endsOn ?? null,
    finalBillChecked: input.finalBillChecked,
    creditRefundAsked: input.creditRefundAsked,
    hasEquipment: input.hasEquipment,
    equipmentReturned: input.equipmentReturned,
    notes: input.notes ?? null,
  };
}

/** "Remind me in a week": no reminder for this case before then; logged in the timeline. */
export function snoozeCase(userId: string, caseId: string, until: IsoDate): boolean {
  return getDb().transaction((tx) => {
    const before = ownedCase(tx, userId, caseId);
    if (!before) return false;
    tx.update(cases).set({ snoozedUntil: until, updatedAt: nowIso() }).where(eq(cases.id, caseId)).run();
    logEvent(tx, caseId, "edited", "snoozedUntil", before.snoozedUntil, until);
    syncReminders(tx, caseId);
    return true;
  });
}

/** The case page's reminder overrides: a date of the user's choosing and kinds turned off. */
export function setReminderOverrides(userId: string, caseId: string, input: { remindOn: IsoDate | null; muted: string[] }): boolean {
  return getDb().transaction((tx) => {
    const before = ownedCase(tx, userId, caseId);
    if (!before) return false;
    if ((before.remindOn ?? null) !== input.remindOn) logEvent(tx, caseId, "edited", "remindOn", before.remindOn, input.remindOn);
    const mutedBefore = [...before.mutedReminderKinds].sort().join(",");
    const mutedAfter = [...input.muted].sort().join(",");
    if (mutedBefore !== mutedAfter) logEvent(tx, caseId, "edited", "mutedReminderKinds", mutedBefore || null, mutedAfter || null);
    tx.update(cases).set({ remindOn: input.remindOn, mutedReminderKinds: input.muted, updatedAt: nowIso() }).where(eq(cases.id, caseId)).run();
    syncReminders(tx, caseId);
    return true;
  });
}
