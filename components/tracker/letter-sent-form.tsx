"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, FormField, inputClass } from "@/components/ui/form-field";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { emptyFormState, shownValues, type FormState } from "@/lib/forms/form-state";
import { dateRange } from "@/lib/validation/fields";
import { sendChannels } from "@/lib/validation/letter";

/** "I sent it": the date (today unless changed) and the channel. */
export function LetterSentForm({
  action,
  locale,
  caseId,
  letterId,
  today,
  channel,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  caseId: string;
  letterId: string;
  today: string;
  channel: string;
}) {
  const t = useTranslations("letters");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const { fieldError, formMessage } = useFormErrors(state);
  const values = shownValues(state, { sentOn: today, channel });
  const error = fieldError("sentOn");
  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-3" noValidate>
      {formMessage && !error ? (
        <p role="alert" className="font-medium text-red-700 dark:text-red-300">
          {formMessage}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="letterId" value={letterId} />
      <div className="flex flex-wrap items-end gap-4">
        <FormField id="sentOn" label={t("sentOnField")} error={error}>
          <input
            id="sentOn"
            name="sentOn"
            type="date"
            min={dateRange.min}
            max={today}
            defaultValue={values.sentOn ?? ""}
            className={inputClass}
            {...describedBy("sentOn", { error: !!error })}
          />
        </FormField>
        <FormField id="channel" label={t("channel")}>
          <select
            id="channel"
            name="channel"
            defaultValue={values.channel ?? "email"}
            className={inputClass}
          >
            {sendChannels.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </FormField>
        <Button disabled={pending}>{t("saveSent")}</Button>
      </div>
    </form>
  );
}
