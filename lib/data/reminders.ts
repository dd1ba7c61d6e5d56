import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cases, reminders, users } from "@/db/schema";
import { syncUserReminders } from "@/lib/data/reminder-sync";
import type { UnsubscribeScope } from "@/lib/mail/unsubscribe-token";
import { reminderKinds } from "@/lib/reminders/kinds";
import type { CaseReminderDto } from "./dto";

/** Upcoming and sent reminders of one of the user's cases (null when the case is not theirs). */
export function listCaseReminders(userId: string, caseId: string): CaseReminderDto[] | null {
  const db = getDb();
  if (
    !db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.id, caseId), eq(cases.userId, userId)))
      .get()
  )
    return null;
  return db
    .select()
    .from(reminders)
    .where(eq(reminders.caseId, caseId))
    .orderBy(asc(reminders.dueAt))
    .all()
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      dueOn: r.dueOn,
      dueAt: r.dueAt,
      status: r.status,
      sentAt: r.sentAt,
      attempts: r.attempts,
      lastError: r.lastError,
    }));
}

/**
 * Applies an unsubscribe link. The caller has verified the signed token, which is what proves
 * the user asked: no session is needed (the link works from any mail client).
 */
export function unsubscribe(userId: string, scope: UnsubscribeScope): boolean {
  return getDb().transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) return false;
    if (scope === "all")
      tx.update(users).set({ remindersEnabled: false }).where(eq(users.id, userId)).run();
    else
      tx.update(users)
        .set({
          reminderOptOuts: [...new Set([...user.reminderOptOuts, scope])].filter((k) =>
            (reminderKinds as readonly string[]).includes(k),
          ),
        })
        .where(eq(users.id, userId))
        .run();
    syncUserReminders(tx, userId);
    return true;
  });
}
