"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Checkbox, describedBy, FormField, inputClass } from "@/components/ui/form-field";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { emptyFormState, shownValues, type FormState } from "@/lib/forms/form-state";
import { suggestEndDate } from "@/lib/tracker/end-date";
import type { ProviderOption } from "@/lib/tracker/providers";
import { caseChannels, subscriptionTypes, type textLimits } from "@/lib/validation/case";
import { dateRange } from "@/lib/validation/fields";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  caseId?: string;
  initial: Record<string, string>;
  providers: ProviderOption[];
  limits: typeof textLimits;
  submitLabel: string;
};

/**
 * Create and edit form for a case. It posts to a server action, so it works without JavaScript;
 * with it, it suggests an end date once an operator and a sent date are chosen. After an answer
 * the form is drawn again from what was submitted (`key`), so no select, checkbox or text the
 * user entered is lost, and the error summary takes the focus.
 */
export function CaseForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.action, emptyFormState);
  return (
    <CaseFormFields
      key={JSON.stringify(state)}
      {...props}
      state={state}
      formAction={formAction}
      pending={pending}
    />
  );
}

function CaseFormFields({
  locale,
  caseId,
  initial,
  providers,
  limits,
  submitLabel,
  state,
  formAction,
  pending,
}: Props & { state: FormState; formAction: (data: FormData) => void; pending: boolean }) {
  const t = useTranslations("caseForm");
  const te = useTranslations("errors");
  const values = shownValues(state, initial);
  const { fieldError: error, all, formMessage } = useFormErrors(state);
  const [provider, setProvider] = useState(values.provider ?? "");
  const [submittedOn, setSubmittedOn] = useState(values.submittedOn ?? "");
  const [type, setType] = useState(values.subscriptionType ?? "postpaid");
  const [hasEquipment, setHasEquipment] = useState(values.hasEquipment === "on");
  const notice = providers.find((p) => p.id === provider)?.notice;
  const suggestion =
    notice && /^\d{4}-\d{2}-\d{2}$/.test(submittedOn)
      ? suggestEndDate(notice.rule, submittedOn)
      : null;
  const label = (name: string) => t(`fields.${name}` as Parameters<typeof t>[0]);

  const text = (
    name: string,
    opts: { type?: string; maxLength?: number; hint?: boolean; required?: boolean } = {},
  ) => (
    <FormField
      id={name}
      label={label(name)}
      hint={opts.hint ? t(`hints.${name}` as Parameters<typeof t>[0]) : undefined}
      error={error(name)}
    >
      <input
        id={name}
        name={name}
        type={opts.type ?? "text"}
        defaultValue={values[name] ?? ""}
        maxLength={opts.maxLength}
        required={opts.required}
        {...(opts.type === "date" ? dateRange : {})}
        className={inputClass}
        {...describedBy(name, { hint: opts.hint, error: !!error(name) })}
      />
    </FormField>
  );

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {caseId ? <input type="hidden" name="caseId" value={caseId} /> : null}
      {values.version !== undefined ? (
        <input type="hidden" name="version" value={values.version} />
      ) : null}
      {values.base !== undefined ? <input type="hidden" name="base" value={values.base} /> : null}
      {state.message === "stale" ? (
        <div
          role="alert"
          tabIndex={-1}
          className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
        >
          <p className="font-semibold">{te("stale")}</p>
          <ul className="mt-1 list-disc pl-5">
            {(state.changed ?? []).map((c) => (
              <li key={c.field}>
                {t("changedTo", { field: label(c.field), value: c.now || "—" })}
              </li>
            ))}
          </ul>
          <p className="mt-1">{t("staleHelp")}</p>
        </div>
      ) : (
        <ErrorSummary message={formMessage} errors={all} labelOf={label} formKey={state} />
      )}

      <FormField id="provider" label={t("fields.provider")} error={error("provider")}>
        <select
          id="provider"
          name="provider"
          value={provider}
          onChange={(e) => setProvider(e.target.value)}
          className={inputClass}
          required
          {...describedBy("provider", { error: !!error("provider") })}
        >
          <option value="">{t("choose")}</option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value="other">{t("otherProvider")}</option>
        </select>
      </FormField>
      {text("providerName", { maxLength: limits.providerName, hint: true })}

      <FormField
        id="subscriptionType"
        label={t("fields.subscriptionType")}
        error={error("subscriptionType")}
      >
        <select
          id="subscriptionType"
          name="subscriptionType"
          value={type}
          onChange={(e) => setType(e.target.value)}
          className={inputClass}
          {...describedBy("subscriptionType", { error: !!error("subscriptionType") })}
        >
          {subscriptionTypes.map((s) => (
            <option key={s} value={s}>
              {t(`types.${s}`)}
            </option>
          ))}
        </select>
      </FormField>

      {text("phoneNumber", {
        type: "tel",
        maxLength: limits.phoneNumber,
        hint: true,
        required: true,
      })}
      <Checkbox
        name="foreignNumber"
        label={t("fields.foreignNumber")}
        checked={values.foreignNumber === "on"}
      />
      {text("nickname", { maxLength: limits.nickname, hint: true })}
      {text("customerNumber", { maxLength: limits.customerNumber })}

      <FormField id="channel" label={t("fields.channel")} error={error("channel")}>
        <select
          id="channel"
          name="channel"
          defaultValue={values.channel ?? "min-side-app"}
          className={inputClass}
          {...describedBy("channel", { error: !!error("channel") })}
        >
          {caseChannels.map((c) => (
            <option key={c} value={c}>
              {t(`channels.${c}`)}
            </option>
          ))}
        </select>
      </FormField>

      <FormField
        id="submittedOn"
        label={t("fields.submittedOn")}
        hint={t("hints.submittedOn")}
        error={error("submittedOn")}
      >
        <input
          id="submittedOn"
          name="submittedOn"
          type="date"
          {...dateRange}
          value={submittedOn}
          onChange={(e) => setSubmittedOn(e.target.value)}
          className={inputClass}
          {...describedBy("submittedOn", { hint: true, error: !!error("submittedOn") })}
        />
      </FormField>
      {text("confirmationReference", { maxLength: limits.confirmationReference })}
      {text("confirmedOn", { type: "date", hint: true })}
      <FormField
        id="endsOn"
        label={t("fields.endsOn")}
        hint={
          suggestion
            ? t(notice?.confirmed ? "hints.endsOnSuggested" : "hints.endsOnReported", {
                date: suggestion,
              })
            : t("hints.endsOn")
        }
        error={error("endsOn")}
      >
        <input
          id="endsOn"
          name="endsOn"
          type="date"
          {...dateRange}
          defaultValue={values.endsOn ?? ""}
          className={inputClass}
          {...describedBy("endsOn", { hint: true, error: !!error("endsOn") })}
        />
      </FormField>
      {text("requestedEndOn", { type: "date", hint: true })}
      {text("doneBy", { type: "date", hint: true })}

      <fieldset className="space-y-2">
        <legend className="font-medium">{t("fields.followUp")}</legend>
        <Checkbox
          name="finalBillChecked"
          label={t("fields.finalBillChecked")}
          checked={values.finalBillChecked === "on"}
        />
        {type === "prepaid" ? (
          <Checkbox
            name="creditRefundAsked"
            label={t("fields.creditRefundAsked")}
            checked={values.creditRefundAsked === "on"}
          />
        ) : null}
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="hasEquipment"
            checked={hasEquipment}
            onChange={(e) => setHasEquipment(e.target.checked)}
            className="size-4"
          />
          {t("fields.hasEquipment")}
        </label>
        {hasEquipment ? (
          <Checkbox
            name="equipmentReturned"
            label={t("fields.equipmentReturned")}
            checked={values.equipmentReturned === "on"}
          />
        ) : null}
      </fieldset>

      <FormField id="notes" label={t("fields.notes")} error={error("notes")}>
        <textarea
          id="notes"
          name="notes"
          rows={4}
          maxLength={limits.notes}
          defaultValue={values.notes ?? ""}
          className={inputClass}
          {...describedBy("notes", { error: !!error("notes") })}
        />
      </FormField>

      <Button disabled={pending} className="px-5 py-3">
        {submitLabel}
      </Button>
    </form>
  );
}
