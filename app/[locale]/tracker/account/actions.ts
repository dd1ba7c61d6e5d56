"use server";

import { z } from "zod";
import { buttonAction, formAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth";
import { deleteAccount, updateAccountSettings } from "@/lib/data/account";
import { feedToken, renewFeed, revokeFeed } from "@/lib/data/calendar";
import { accountSettingsSchema } from "@/lib/validation/account";

export const updateSettingsAction = formAction("account-settings", {
  schema: ({ today }) => accountSettingsSchema({ today }),
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

const calendarFeedSchema = z.object({
  change: z.enum(["renew", "revoke"], { error: "invalidChoice" }),
});

/** Creates, replaces or turns off the private calendar address. */
export const calendarFeedAction = buttonAction("calendar-feed", {
  schema: () => calendarFeedSchema,
  run: (input, { user, locale }) => {
    const had = feedToken(user.id) !== null;
    if (input.change === "revoke") revokeFeed(user.id);
    else renewFeed(user.id);
    const outcome = input.change === "revoke" ? "revoked" : had ? "renewed" : "created";
    return { redirectTo: `/${locale}/tracker/account?calendar=${outcome}#calendar` };
  },
});
