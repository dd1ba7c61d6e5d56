"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/app/[locale]/tracker/actions";
import type { Status } from "@/lib/tracker/status";
import { describedBy, FormField, inputClass } from "./form-field";
import { useFormErrors } from "./use-form-errors";

/**
 * One small form per allowed next status. Moving to "submitted" or "confirmed" asks for the
 * dates that go with it (today by default, the operator's suggested end date when we have one).
 */
export function StatusActions({ action, locale, caseId, next, today, suggestedEndsOn }: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  caseId: string;
  next: readonly Status[];
  today: string;
  suggestedEndsOn: string | null;
}) {
  const t = useTranslations("tracker");
  const tf = useTranslations("caseForm");
  const [state, formAction, pending] = useActionState(action, {});
  const { fieldError: error, formMessage } = useFormErrors(state);
  const dateInput = (name: "submittedOn" | "confirmedOn" | "endsOn", value: string | null, to: Status) => (
    <FormField id={`${to}-${name}`} label={tf(`fields.${name}`)} error={error(name)}>
      <input id={`${to}-${name}`} name={name} type="date" defaultValue={value ?? ""} className={inputClass} {...describedBy(`${to}-${name}`, { error: !!error(name) })} />
    </FormField>
  );

  return (
    <div className="space-y-4">
      {formMessage ? <p role="alert" className="font-medium text-red-700 dark:text-red-300">{formMessage}</p> : null}
      {next.map((to) => (
        <form key={to} action={formAction} className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" noValidate>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="caseId" value={caseId} />
          <input type="hidden" name="to" value={to} />
          {to === "submitted" ? dateInput("submittedOn", today, to) : null}
          {to === "confirmed" ? (
            <>
              {dateInput("confirmedOn", today, to)}
              <FormField id="confirmed-reference" label={tf("fields.confirmationReference")}>
                <input id="confirmed-reference" name="confirmationReference" maxLength={100} className={inputClass} />
              </FormField>
              {dateInput("endsOn", suggestedEndsOn, to)}
            </>
          ) : null}
          <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 disabled:opacity-60">
            {t(`moveTo.${to}`)}
          </button>
        </form>
      ))}
    </div>
  );
}
