"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/app/[locale]/tracker/actions";
import { reminderKinds } from "@/lib/reminders/kinds";
import { Checkbox, describedBy, FormField, inputClass } from "./form-field";
import { useFormErrors } from "./use-form-errors";

export function AccountForm({ action, initial, languages, timeZones }: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  languages: { locale: string; name: string }[];
  timeZones: string[];
}) {
  const t = useTranslations("tracker.accountPage");
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const { fieldError: error } = useFormErrors(state);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormField id="locale" label={t("language")} error={error("locale")}>
        <select id="locale" name="locale" defaultValue={values.locale} className={inputClass}>
          {languages.map((l) => <option key={l.locale} value={l.locale}>{l.name}</option>)}
        </select>
      </FormField>
      <FormField id="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} error={error("timeZone")}>
        <input id="timeZone" name="timeZone" list="time-zones" defaultValue={values.timeZone} maxLength={64} className={inputClass} {...describedBy("timeZone", { hint: true, error: !!error("timeZone") })} />
        <datalist id="time-zones">{timeZones.map((z) => <option key={z} value={z} />)}</datalist>
      </FormField>
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("reminders")}</legend>
        <Checkbox name="remindersEnabled" label={t("remindersEnabled")} checked={values.remindersEnabled === "on"} />
        <Checkbox name="reminderDigest" label={t("reminderDigest")} checked={values.reminderDigest === "on"} />
        <p className="pt-2 text-sm font-medium">{t("kindsIntro")}</p>
        {reminderKinds.map((kind) => (
          <Checkbox key={kind} name={`kind-${kind}`} label={t(`kinds.${kind}`)} checked={values[`kind-${kind}`] === "on"} className="pl-2" />
        ))}
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-5 py-2 font-semibold text-white hover:bg-sky-800 disabled:opacity-60">
        {t("save")}
      </button>
    </form>
  );
}
