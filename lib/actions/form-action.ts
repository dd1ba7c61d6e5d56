import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { userToday } from "@/lib/data/account";
import { LimitReachedError } from "@/lib/data/limit-reached";
import { requireUser, type SessionUser } from "@/lib/data/session";
import type { FormMessage, FormState } from "@/lib/forms/form-state";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { logProblem } from "@/lib/log";
import type { IsoDate } from "@/lib/tracker/dates";
import { fieldErrors, type ErrorCode } from "@/lib/validation/fields";
import type { z } from "zod";

/** What every authenticated action body gets: who, in which language, and their today. */
export type ActionContext = { user: SessionUser; locale: string; today: IsoDate };

/** What an action body decides; the helper does the answering. */
export type ActionOutcome =
  | { redirectTo: string; revalidate?: string }
  | (Pick<FormState, "changed" | "warnings"> & {
      message: FormMessage;
      errors?: Partial<Record<string, ErrorCode[]>>;
      /** Values to put into the form instead of what was submitted (e.g. a fresh version). */
      values?: Record<string, string>;
    });

/**
 * One authenticated form action (in the spirit of dub's authUserActionClient): every action is a
 * public POST endpoint, so this
 * 1. reads the locale from the form and requires a signed-in user (else: sign in, then back);
 * 2. validates the whole form with `schema` (built with the context, e.g. the user's today);
 *    errors go back as codes per field, together with every submitted value;
 * 3. runs `run` — which only calls the data layer, scoped to `ctx.user.id` — and redirects or
 *    answers with a message as it says;
 * 4. answers a write past an account's limits (LimitReachedError) with `tooMany`, and turns an
 *    unexpected failure (a database error, a bug) into a localized "could not save"
 *    that keeps everything the user entered, and logs it without personal data.
 */
export function formAction<S extends z.ZodType>(
  name: string,
  spec: {
    schema: (ctx: ActionContext) => S | Promise<S>;
    run: (input: z.output<S>, ctx: ActionContext) => ActionOutcome | Promise<ActionOutcome>;
    /** Fields a form sends several times (ticked checkboxes of one name): read as arrays. */
    lists?: readonly string[];
  },
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, submitted) => {
    const formData = asForm(submitted);
    const locale = localeOf(formData);
    const user = await requireUser(locale);
    const values = submittedValues(formData);
    let outcome: ActionOutcome;
    try {
      const ctx: ActionContext = { user, locale, today: userToday(user.id) };
      const parsed = (await spec.schema(ctx)).safeParse(formObject(formData, spec.lists ?? []));
      if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
      outcome = await spec.run(parsed.data, ctx);
    } catch (error) {
      unstable_rethrow(error); // redirect(), notFound() and Next's own signals pass through
      if (error instanceof LimitReachedError) return { message: "tooMany", values };
      logProblem("action-failed", {
        action: name,
        error: error instanceof Error ? error.name : typeof error,
        code: (error as { code?: string }).code,
      });
      return { message: "couldNotSave", values };
    }
    if ("redirectTo" in outcome) {
      if (outcome.revalidate) revalidatePath(outcome.revalidate);
      redirect(outcome.redirectTo);
    }
    return { ...outcome, values: { ...values, ...outcome.values } };
  };
}

/** For forms without a state hook (a button that posts): same steps; the body always redirects. */
export function buttonAction<S extends z.ZodType>(
  name: string,
  spec: Parameters<typeof formAction<S>>[1],
): (formData: FormData) => Promise<void> {
  const action = formAction(name, spec);
  return async (submitted) => {
    const formData = asForm(submitted);
    const state = await action({}, formData);
    // A rejected button (a forged or stale post) goes back to where it came from, without a banner.
    redirect(`/${localeOf(formData)}/tracker${state.message === "notFound" ? "?notFound=1" : ""}`);
  };
}

/**
 * What was posted, as a form. Actions are public endpoints: a hand-made POST can pass any
 * arguments at all (a string, a number, nothing). Anything but a form is read as an empty one,
 * which fails validation like any incomplete form, so nothing is written and nothing throws.
 */
export function asForm(submitted: unknown): FormData {
  return submitted instanceof FormData ? submitted : new FormData();
}

export function localeOf(formData: FormData): string {
  const value = formData.get("locale");
  return typeof value === "string" && isLocale(value) ? value : defaultLocale;
}

/** A form as an object for its schema: the last value of each field, or all of a list's. */
function formObject(formData: FormData, lists: readonly string[]): Record<string, unknown> {
  const object: Record<string, unknown> = Object.fromEntries(formData);
  for (const key of lists) object[key] = formData.getAll(key);
  return object;
}

/** The text values of a form (files and Next's own `$ACTION…` fields left out). */
function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData)
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}
