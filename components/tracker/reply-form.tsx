"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FormField, inputClass } from "@/components/ui/form-field";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { replyChannels, replyOutcomes } from "@/core/vocabulary";
import { emptyFormState, shownValues, type FormState } from "@/lib/forms/form-state";
import { dateRange } from "@/lib/validation/fields";

/**
 * "The operator answered": the date, how it came, what it said, its reference, the text as
 * pasted, and one of the case's files. Works without JavaScript; a refused answer comes back
 * with every value and the problem next to its field.
 */
export function ReplyForm({
  action,
  locale,
  caseId,
  today,
  files,
  referenceMaxLength,
  textMaxLength,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  caseId: string;
  today: string;
  files: { id: string; name: string }[];
  referenceMaxLength: number;
  textMaxLength: number;
}) {
  const t = useTranslations("tracker.replies");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const { fieldError, all, formMessage } = useFormErrors(state);
  const values = shownValues(state, { receivedOn: today, channel: "email" });
  const labels: Record<string, string> = {
    receivedOn: t("receivedOn"),
    channel: t("channel"),
    outcome: t("outcome"),
    reference: t("reference"),
    text: t("text"),
    evidenceId: t("evidence"),
  };
  const outcomeError = fieldError("outcome");
  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-5" noValidate>
      <ErrorSummary
        message={formMessage}
        errors={all}
        labelOf={(field) => labels[field] ?? field}
        formKey={state}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
      <div className="flex flex-wrap gap-4">
        <FormField id="receivedOn" label={t("receivedOn")} error={fieldError("receivedOn")}>
          <input
            id="receivedOn"
            name="receivedOn"
            type="date"
            min={dateRange.min}
            max={today}
            defaultValue={values.receivedOn ?? ""}
            className={inputClass}
            {...describedBy("receivedOn", { error: !!fieldError("receivedOn") })}
          />
        </FormField>
        <FormField id="channel" label={t("channel")} error={fieldError("channel")}>
          <select
            id="channel"
            name="channel"
            defaultValue={values.channel ?? "email"}
            className={inputClass}
          >
            {replyChannels.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <fieldset
        id="outcome"
        tabIndex={-1}
        aria-describedby={outcomeError ? "outcome-error" : undefined}
        className="space-y-2"
      >
        <legend className="font-medium">{t("outcome")}</legend>
        {replyOutcomes.map((o) => (
          <label key={o} className="flex items-start gap-2">
            <input
              type="radio"
              name="outcome"
              value={o}
              defaultChecked={values.outcome === o}
              className="mt-1.5 size-4"
            />
            <span>
              {t(`outcomes.${o}`)}
              <span className="block text-sm text-zinc-700 dark:text-zinc-300">
                {t(`outcomeEffect.${o}`)}
              </span>
            </span>
          </label>
        ))}
        {outcomeError ? (
          <p id="outcome-error" className="text-sm font-medium text-red-700 dark:text-red-300">
            {outcomeError}
          </p>
        ) : null}
      </fieldset>
      <FormField
        id="reference"
        label={t("reference")}
        hint={t("referenceHint")}
        error={fieldError("reference")}
      >
        <input
          id="reference"
          name="reference"
          type="text"
          maxLength={referenceMaxLength}
          defaultValue={values.reference ?? ""}
          className={inputClass}
          {...describedBy("reference", { hint: true, error: !!fieldError("reference") })}
        />
      </FormField>
      <FormField id="text" label={t("text")} hint={t("textHint")} error={fieldError("text")}>
        <textarea
          id="text"
          name="text"
          rows={8}
          maxLength={textMaxLength}
          defaultValue={values.text ?? ""}
          className={inputClass}
          {...describedBy("text", { hint: true, error: !!fieldError("text") })}
        />
      </FormField>
      <FormField
        id="evidenceId"
        label={t("evidence")}
        hint={t("evidenceHint")}
        error={fieldError("evidenceId")}
      >
        <select
          id="evidenceId"
          name="evidenceId"
          defaultValue={values.evidenceId ?? ""}
          className={inputClass}
          {...describedBy("evidenceId", { hint: true, error: !!fieldError("evidenceId") })}
        >
          <option value="">{t("evidenceNone")}</option>
          {files.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </FormField>
      <Button disabled={pending}>{t("save")}</Button>
    </form>
  );
}
