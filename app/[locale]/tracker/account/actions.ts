"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth";
import { deleteAccount, updateAccountSettings } from "@/lib/data/account";
import { requireUser } from "@/lib/data/session";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { accountSettingsSchema } from "@/lib/validation/account";
import { fieldErrors } from "@/lib/validation/case";
import type { FormState } from "../actions";

function localeOf(formData: FormData) {
  const value = String(formData.get("locale"));
  return isLocale(value) ? value : defaultLocale;
}

export async function updateSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const user = await requireUser(locale, `/${locale}/tracker/account`);
  const parsed = accountSettingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { errors: fieldErrors(parsed.error), values: Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")) as Record<string, string> };
  }
  updateAccountSettings(user.id, parsed.data);
  // A new language takes effect at once: continue in it.
  redirect(`/${parsed.data.locale}/tracker/account?saved=1`);
}

export async function deleteAccountAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const user = await requireUser(locale, `/${locale}/tracker/account/delete`);
  if (formData.get("confirm") !== "yes") redirect(`/${locale}/tracker/account/delete?missing=1`);
  // Cases, timeline, checklist, sessions and sign-in accounts go with the user (ON DELETE CASCADE).
  deleteAccount(user.id);
  await signOut({ redirect: false });
  redirect(`/${locale}?accountDeleted=1`);
}
