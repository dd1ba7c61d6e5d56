"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth";
import { getOperatorData } from "@/lib/content/operators";
import { userToday } from "@/lib/data/account";
import { changeStatus, createCase, deleteCase, setChecklistItem, setReminderOverrides, snoozeCase, updateCase } from "@/lib/data/cases";
import { requireUser } from "@/lib/data/session";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { addDays } from "@/lib/tracker/dates";
import { caseFormSchema, fieldErrors, reminderOverridesSchema, statusChangeSchema } from "@/lib/validation/case";

// Thin actions: authenticate, validate with zod, call the data-access layer, redirect. Each is a
// public POST endpoint, so each checks the session itself, and ids from the form are only ever
// used together with the signed-in user's id.

export type FormState = { errors?: Record<string, string[]>; values?: Record<string, string>; message?: "notFound" | "notAllowed" };

async function context(formData: FormData) {
  const requested = String(formData.get("locale"));
  const locale = isLocale(requested) ? requested : defaultLocale;
  const user = await requireUser(locale);
  return { locale, user, today: userToday(user.id) };
}

/** What the user typed, sent back with errors so nothing they entered is lost. */
function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

async function caseSchema(today: string) {
  const { operators } = await getOperatorData();
  return caseFormSchema({ today, providerIds: operators.map((o) => o.id) });
}

export async function createCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { locale, user, today } = await context(formData);
  const parsed = (await caseSchema(today)).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: formValues(formData) };
  const created = createCase(user.id, parsed.data);
  revalidatePath(`/${locale}/tracker`);
  redirect(`/${locale}/tracker/${created.id}`);
}

export async function updateCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { locale, user, today } = await context(formData);
  const caseId = String(formData.get("caseId"));
  const parsed = (await caseSchema(today)).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: formValues(formData) };
  if (!updateCase(user.id, caseId, parsed.data)) return { message: "notFound" };
  redirect(`/${locale}/tracker/${caseId}`);
}

export async function changeStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { locale, user, today } = await context(formData);
  const caseId = String(formData.get("caseId"));
  const parsed = statusChangeSchema({ today }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: formValues(formData) };
  const result = changeStatus(user.id, caseId, parsed.data, today);
  if (!result.ok) return { message: result.reason === "not-found" ? "notFound" : "notAllowed" };
  redirect(`/${locale}/tracker/${caseId}`);
}

export async function setChecklistItemAction(formData: FormData): Promise<void> {
  const { locale, user, today } = await context(formData);
  const caseId = String(formData.get("caseId"));
  setChecklistItem(user.id, caseId, String(formData.get("item")), formData.get("done") === "true", today);
  // The redirect only changes the hash, so the page data must be refreshed explicitly.
  revalidatePath(`/${locale}/tracker/${caseId}`);
  redirect(`/${locale}/tracker/${caseId}#checklist`);
}

export async function snoozeCaseAction(formData: FormData): Promise<void> {
  const { locale, user, today } = await context(formData);
  const caseId = String(formData.get("caseId"));
  snoozeCase(user.id, caseId, addDays(today, 7));
  redirect(`/${locale}/tracker/${caseId}?snoozed=1#reminders`);
}

export async function setReminderOverridesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { locale, user, today } = await context(formData);
  const caseId = String(formData.get("caseId"));
  const parsed = reminderOverridesSchema({ today }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: formValues(formData) };
  if (!setReminderOverrides(user.id, caseId, parsed.data)) return { message: "notFound" };
  revalidatePath(`/${locale}/tracker/${caseId}`);
  redirect(`/${locale}/tracker/${caseId}?saved=1#reminders`);
}

export async function deleteCaseAction(formData: FormData): Promise<void> {
  const { locale, user } = await context(formData);
  // deleteCase only matches a case this user owns; anyone else's id changes nothing.
  deleteCase(user.id, String(formData.get("caseId")));
  redirect(`/${locale}/tracker?deleted=1`);
}

export async function signOutAction(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale"));
  await signOut({ redirectTo: `/${isLocale(locale) ? locale : defaultLocale}` });
}
