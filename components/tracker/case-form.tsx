"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { FormState } from "@/app/[locale]/tracker/actions";
import type { NoticeRule } from "@/lib/content/operator-schema";
import { suggestEndDate } from "@/lib/tracker/end-date";
import { caseChannels, subscriptionTypes, textLimits } from "@/lib/validation/case";
import { Checkbox, describedBy, FormField, inputClass } from "./form-field";
import { useFormErrors } from "./use-form-errors";

export type ProviderOption = { id: string; name: string; notice: { rule: NoticeRule; confirmed: boolean } | null };

/**
 * Create and edit form for a case. A client component for two reasons: it keeps what the user
 * typed when the server sends errors back, and it suggests an end date as soon as a provider
 * and a submission date are chosen. It posts to a server action, so it also works without JS.
 */
export function CaseForm({ action, locale, caseId, initial, providers, submitLabel }: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  caseId?: string;
  initial: Record<string, string>;
  providers: ProviderOption[];
  submitLabel: string;
}) {
  const t = useTranslations("caseForm");
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const { fieldError: error, formMessage } = useFormErrors(state);
  const [provider, setProvider] = useState(values.provider ?? "");
  const [submittedOn, setSubmittedOn] = useState(values.submittedOn ?? "");
  const [type, setType] = useState(values.subscriptionType ?? "postpaid");
  const [hasEquipment, setHasEquipment] = useState(values.hasEquipment === "on");
  const notice = providers.find((p) => p.id === provider)?.notice;
  const suggestion = notice && /^\d{4}-\d{2}-\d{2}$/.test(submittedOn) ? suggestEndDate(notice.rule, submittedOn) : null;

  const text = (name: string, opts: { type?: string; maxLength?: number; hint?: boolean; required?: boolean } = {}) => (
    <FormField id={name} label={t(`fields.${name}` as Parameters<typeof t>[0])} hint={opts.hint ? t(`hints.${name}` as Parameters<typeof t>[0]) : undefined} error={error(name)}>
      <input
        id={name}
        name={name}
        type={opts.type ?? "text"}
        defaultValue={values[name] ?? ""}
        maxLength={opts.maxLength}
        required={opts.required}
        className={inputClass}
        {...describedBy(name, { hint: opts.hint, error: !!error(name) })}
      />
    </FormField>
  );

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {caseId ? <input type="hidden" name="caseId" value={caseId} /> : null}
      {formMessage ? <p role="alert" className="font-medium text-red-700 dark:text-red-300">{formMessage}</p> : null}

      <FormField id="provider" label={t("fields.provider")} error={error("provider")}>
        <select id="provider" name="provider" value={provider} onChange={(e) => setProvider(e.target.value)} className={inputClass} required {...describedBy("provider", { error: !!error("provider") })}>
          <option value="">{t("choose")}</option>
          {providers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          <option value="other">{t("otherProvider")}</option>
        </select>
      </FormField>
      {text("providerName", { maxLength: textLimits.providerName, hint: true })}

      <FormField id="subscriptionType" label={t("fields.subscriptionType")} error={error("subscriptionType")}>
        <select id="subscriptionType" name="subscriptionType" value={type} onChange={(e) => setType(e.target.value)} className={inputClass}>
          {subscriptionTypes.map((s) => <option key={s} value={s}>{t(`types.${s}`)}</option>)}
        </select>
      </FormField>

      {text("phoneNumber", { type: "tel", maxLength: 40, hint: true, required: true })}
      <Checkbox name="foreignNumber" label={t("fields.foreignNumber")} checked={values.foreignNumber === "on"} />
      {text("customerNumber", { maxLength: textLimits.customerNumber })}

      <FormField id="channel" label={t("fields.channel")} error={error("channel")}>
        <select id="channel" name="channel" defaultValue={values.channel ?? "min-side-app"} className={inputClass}>
          {caseChannels.map((c) => <option key={c} value={c}>{t(`channels.${c}`)}</option>)}
        </select>
      </FormField>

      <FormField id="submittedOn" label={t("fields.submittedOn")} hint={t("hints.submittedOn")} error={error("submittedOn")}>
        <input id="submittedOn" name="submittedOn" type="date" value={submittedOn} onChange={(e) => setSubmittedOn(e.target.value)} className={inputClass} {...describedBy("submittedOn", { hint: true, error: !!error("submittedOn") })} />
      </FormField>
      {text("confirmationReference", { maxLength: textLimits.confirmationReference })}
      {text("confirmedOn", { type: "date" })}
      <FormField id="endsOn" label={t("fields.endsOn")} hint={suggestion ? t(notice?.confirmed ? "hints.endsOnSuggested" : "hints.endsOnReported", { date: suggestion }) : t("hints.endsOn")} error={error("endsOn")}>
        <input id="endsOn" name="endsOn" type="date" defaultValue={values.endsOn ?? ""} className={inputClass} {...describedBy("endsOn", { hint: true, error: !!error("endsOn") })} />
      </FormField>

      <fieldset className="space-y-2">
        <legend className="font-medium">{t("fields.followUp")}</legend>
        <Checkbox name="finalBillChecked" label={t("fields.finalBillChecked")} checked={values.finalBillChecked === "on"} />
        {type === "prepaid" ? (
          <Checkbox name="creditRefundAsked" label={t("fields.creditRefundAsked")} checked={values.creditRefundAsked === "on"} />
        ) : null}
        <label className="flex items-center gap-2">
          <input type="checkbox" name="hasEquipment" checked={hasEquipment} onChange={(e) => setHasEquipment(e.target.checked)} className="size-4" />
          {t("fields.hasEquipment")}
        </label>
        {hasEquipment ? (
          <Checkbox name="equipmentReturned" label={t("fields.equipmentReturned")} checked={values.equipmentReturned === "on"} />
        ) : null}
      </fieldset>

      <FormField id="notes" label={t("fields.notes")} error={error("notes")}>
        <textarea id="notes" name="notes" rows={4} maxLength={textLimits.notes} defaultValue={values.notes ?? ""} className={inputClass} {...describedBy("notes", { error: !!error("notes") })} />
      </FormField>

      <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-5 py-3 font-semibold text-white hover:bg-sky-800 disabled:opacity-60">
        {submitLabel}
      </button>
    </form>
  );
}
