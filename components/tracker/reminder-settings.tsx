"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, describedBy, FormField, inputClass } from "@/components/ui/form-field";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { emptyFormState, shownValues, type FormState } from "@/lib/forms/form-state";
import { reminderKinds } from "@/lib/reminders/kinds";
import { dateRange } from "@/lib/validation/fields";

/** Per-case reminder overrides: a date of the user's choosing and which kinds to send. */
export function ReminderSettings({
  action,
  locale,
  caseId,
  remindOn,
  muted,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  caseId: string;
  remindOn: string | null;
  muted: string[];
}) {
  const t = useTranslations("tracker.reminders");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const { fieldError, formMessage } = useFormErrors(state);
  const defaults = {
    remindOn: remindOn ?? "",
    ...Object.fromEntries(
      reminderKinds.map((kind) => [`kind-${kind}`, muted.includes(kind) ? "" : "on"]),
    ),
  };
  const values = shownValues(state, defaults);
  const error = fieldError("remindOn");
  return (
    // Remounted with each answer, so every field shows what was submitted.
    <form
      key={JSON.stringify(state)}
      action={formAction}
      className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
      noValidate
    >
      <h3 className="font-semibold">{t("settingsTitle")}</h3>
      {formMessage && !error ? (
        <p role="alert" className="font-medium text-red-700 dark:text-red-300">
          {formMessage}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
      <FormField id="remindOn" label={t("remindOn")} error={error}>
        <input
          id="remindOn"
          name="remindOn"
          type="date"
          {...dateRange}
          defaultValue={values.remindOn ?? ""}
          className={inputClass}
          {...describedBy("remindOn", { error: !!error })}
        />
      </FormField>
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("kindsLegend")}</legend>
        {reminderKinds.map((kind) => (
          <Checkbox
            key={kind}
            name={`kind-${kind}`}
            label={t(`kind.${kind}`)}
            checked={values[`kind-${kind}`] === "on"}
          />
        ))}
      </fieldset>
      <Button variant="secondary" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
