import "server-only";
import { getDb } from "@/db/client";
import { reminderHealth } from "@/jobs/send-due-reminders";

/** Public, content-free status: when the reminder sweep last ran and how many rows wait. */
export function getHealth() {
  return { ok: true, reminders: reminderHealth(getDb()) };
}
