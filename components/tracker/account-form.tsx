"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Checkbox, describedBy, FormField, inputClass } from "@/components/ui/form-field";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { emptyFormState, shownValues, type FormState } from "@/lib/forms/form-state";
import { reminderKinds } from "@/lib/reminders/kinds";
import { dateRange } from "@/lib/validation/fields";

export function AccountForm({
  action,
  initial,
  languages,
  timeZones,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  languages: { locale: string; name: string }[];
  timeZones: string[];
}) {
  const t = useTranslations("tracker.accountPage");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const values = shownValues(state, initial);
  const { fieldError: error, all, formMessage } = useFormErrors(state);
  const labels: Record<string, string> = {
    locale: t("language"),
    timeZone: t("timeZone"),
    leavingOn: t("leavingOn"),
  };
  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-5" noValidate>
      <ErrorSummary
        message={formMessage}
        errors={all}
        labelOf={(field) => labels[field] ?? field}
        formKey={state}
      />
      <FormField id="locale" label={t("language")} hint={t("languageHint")} error={error("locale")}>
        <select
          id="locale"
          name="locale"
          defaultValue={values.locale}
          className={inputClass}
          {...describedBy("locale", { hint: true, error: !!error("locale") })}
        >
          {languages.map((l) => (
            <option key={l.locale} value={l.locale}>
              {l.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="timeZone"
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        error={error("timeZone")}
      >
        <input
          id="timeZone"
          name="timeZone"
          list="time-zones"
          defaultValue={values.timeZone}
          maxLength={64}
          className={inputClass}
          {...describedBy("timeZone", { hint: true, error: !!error("timeZone") })}
        />
        <datalist id="time-zones">
          {timeZones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </FormField>
      <FormField
        id="leavingOn"
        label={t("leavingOn")}
        hint={t("leavingOnHint")}
        error={error("leavingOn")}
      >
        <input
          id="leavingOn"
          name="leavingOn"
          type="date"
          {...dateRange}
          defaultValue={values.leavingOn ?? ""}
          className={inputClass}
          {...describedBy("leavingOn", { hint: true, error: !!error("leavingOn") })}
        />
      </FormField>
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("reminders")}</legend>
        <Checkbox
          name="remindersEnabled"
          label={t("remindersEnabled")}
          checked={values.remindersEnabled === "on"}
        />
        <Checkbox
          name="reminderDigest"
          label={t("reminderDigest")}
          checked={values.reminderDigest === "on"}
        />
        <p className="pt-2 text-sm font-medium">{t("kindsIntro")}</p>
        {reminderKinds.map((kind) => (
          <Checkbox
            key={kind}
            name={`kind-${kind}`}
            label={t(`kinds.${kind}`)}
            checked={values[`kind-${kind}`] === "on"}
            className="pl-2"
          />
        ))}
      </fieldset>
      <Button disabled={pending} className="px-5">
        {t("save")}
      </Button>
    </form>
  );
}
