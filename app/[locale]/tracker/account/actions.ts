"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth";
import { formAction } from "@/lib/actions/form-action";
import { deleteAccount, updateAccountSettings } from "@/lib/data/account";
import { accountSettingsSchema } from "@/lib/validation/account";

export const updateSettingsAction = formAction("account-settings", {
  schema: () => accountSettingsSchema,
  run: (input, { user }) => {
    updateAccountSettings(user.id, input);
    // A new language takes effect at once: continue in it.
    return { redirectTo: `/${input.locale}/tracker/account?saved=1` };
  },
});

const deleteAccountSchema = z.object({ confirm: z.literal("yes", { error: "required" }) });

export const deleteAccountAction = formAction("delete-account", {
  schema: () => deleteAccountSchema,
  run: async (_input, { user, locale }) => {
    // Cases, timeline, checklist, sessions and sign-in accounts go with the user (ON DELETE CASCADE).
    if (!deleteAccount(user.id)) return { message: "notFound" };
    await signOut({ redirect: false });
    return { redirectTo: `/${locale}/account-deleted` };
  },
});
