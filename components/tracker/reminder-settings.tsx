"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/app/[locale]/tracker/actions";
import { reminderKinds } from "@/lib/reminders/kinds";
import { Checkbox, describedBy, FormField, inputClass } from "./form-field";
import { useFormErrors } from "./use-form-errors";

/** Per-case reminder overrides: a date of the user's choosing and which kinds to send. */
export function ReminderSettings({ action, locale, caseId, remindOn, muted }: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  caseId: string;
  remindOn: string | null;
  muted: string[];
}) {
  const t = useTranslations("tracker.reminders");
  const [state, formAction, pending] = useActionState(action, {});
  const error = useFormErrors(state).fieldError("remindOn");
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" noValidate>
      <h3 className="font-semibold">{t("settingsTitle")}</h3>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
      <FormField id="remindOn" label={t("remindOn")} error={error}>
        <input id="remindOn" name="remindOn" type="date" defaultValue={state.values?.remindOn ?? remindOn ?? ""} className={inputClass} {...describedBy("remindOn", { error: !!error })} />
      </FormField>
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("kindsLegend")}</legend>
        {reminderKinds.map((kind) => (
          <Checkbox key={kind} name={`kind-${kind}`} label={t(`kind.${kind}`)} checked={!muted.includes(kind)} />
        ))}
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-md border border-zinc-400 px-4 py-2 font-medium dark:border-zinc-600">{t("save")}</button>
    </form>
  );
}
