"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FormField, inputClass } from "@/components/ui/form-field";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { emptyFormState, type FormState } from "@/lib/forms/form-state";
import type { Status } from "@/lib/tracker/status";
import { dateRange } from "@/lib/validation/fields";

/**
 * One small form per allowed next status. Moving to "sent" or "confirmed" asks for the dates
 * that go with it (today is filled in, but an emptied field is an error, never silently today).
 * "All done" too early (the number still works, number items open) comes back with a warning to
 * acknowledge. Stepping back ("not cancelling after all") is a secondary button.
 */
export function StatusActions({
  action,
  locale,
  caseId,
  current,
  next,
  today,
  suggestedEndsOn,
  referenceMaxLength,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  caseId: string;
  current: Status;
  next: readonly Status[];
  today: string;
  suggestedEndsOn: string | null;
  referenceMaxLength: number;
}) {
  const t = useTranslations("tracker");
  const tf = useTranslations("caseForm");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const { fieldError, all, formMessage } = useFormErrors(state);
  const submittedTo = state.values?.to;
  // Errors and the typed values belong to the form that was submitted, not to its siblings.
  const valueOf = (to: Status, name: string, fallback: string | null) =>
    submittedTo === to ? (state.values?.[name] ?? "") : (fallback ?? "");
  const error = (to: Status, name: string) => (submittedTo === to ? fieldError(name) : undefined);
  const dateInput = (
    to: Status,
    name: "submittedOn" | "confirmedOn" | "endsOn",
    fallback: string | null,
  ) => (
    <FormField id={`${to}-${name}`} label={tf(`fields.${name}`)} error={error(to, name)}>
      <input
        id={`${to}-${name}`}
        name={name}
        type="date"
        {...dateRange}
        defaultValue={valueOf(to, name, fallback)}
        className={inputClass}
        {...describedBy(`${to}-${name}`, { error: !!error(to, name) })}
      />
    </FormField>
  );
  const backwards = (to: Status) => to === "withdrawn" || to === "planned";

  return (
    <div className="space-y-4" key={JSON.stringify(state)}>
      <ErrorSummary
        message={state.message === "needsAcknowledgement" ? undefined : formMessage}
        errors={all.map((e) => ({ ...e, field: `${submittedTo}-${e.field}` }))}
        labelOf={(id) => tf(`fields.${id.split("-").pop()}` as Parameters<typeof tf>[0])}
        formKey={state}
      />
      {next.map((to) => (
        <form
          key={to}
          action={formAction}
          className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
          noValidate
        >
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="caseId" value={caseId} />
          <input type="hidden" name="to" value={to} />
          {to === "submitted" ? dateInput(to, "submittedOn", today) : null}
          {to === "confirmed" && current !== "completed" ? (
            <>
              {dateInput(to, "confirmedOn", today)}
              <FormField id="confirmed-reference" label={tf("fields.confirmationReference")}>
                <input
                  id="confirmed-reference"
                  name="confirmationReference"
                  maxLength={referenceMaxLength}
                  defaultValue={valueOf(to, "confirmationReference", "")}
                  className={inputClass}
                />
              </FormField>
              {dateInput(to, "endsOn", suggestedEndsOn)}
            </>
          ) : null}
          {to === "completed" && submittedTo === "completed" && state.warnings?.length ? (
            <div
              role="alert"
              className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
            >
              <p className="font-semibold">{t("completeWarning.title")}</p>
              <ul className="mt-1 list-disc pl-5">
                {state.warnings.map((w) => (
                  <li key={w}>{t(`completeWarning.${w}` as Parameters<typeof t>[0])}</li>
                ))}
              </ul>
              <label className="mt-2 flex items-center gap-2 font-medium">
                <input type="checkbox" name="acknowledged" className="size-4" />{" "}
                {t("completeWarning.acknowledge")}
              </label>
            </div>
          ) : null}
          <Button disabled={pending} variant={backwards(to) ? "secondary" : "primary"}>
            {current === "completed" ? t("moveTo.reopen") : t(`moveTo.${to}`)}
          </Button>
        </form>
      ))}
    </div>
  );
}
