"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FormField, inputClass } from "@/components/ui/form-field";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { evidenceLimits } from "@/lib/evidence/limits";
import { emptyFormState, shownValues, type FormState } from "@/lib/forms/form-state";
import { dateRange } from "@/lib/validation/fields";

// A hint to the file picker only: the server decides the type from the bytes.
const accept = "image/png,image/jpeg,image/webp,application/pdf,message/rfc822,.eml";

/**
 * The upload form: one row per file (file, what it shows, the date it shows), a plain multipart
 * form that works without JavaScript. When the server refuses a file, the message stands next
 * to it and the captions and dates come back; the files must be chosen again (browsers never
 * refill a file input), which the form says.
 */
export function EvidenceForm({
  action,
  locale,
  caseId,
  rows,
  today,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  caseId: string;
  rows: number[];
  today: string;
}) {
  const t = useTranslations("tracker.evidence");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const { fieldError, all, formMessage } = useFormErrors(state);
  const values = shownValues(state, {});
  const labelOf = (field: string) => {
    const [kind, n] = field.split("-");
    return `${t("row", { n: Number(n) + 1 })} · ${t(kind === "file" ? "file" : kind === "caption" ? "caption" : "shownOn")}`;
  };
  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-6" noValidate>
      <ErrorSummary message={formMessage} errors={all} labelOf={labelOf} formKey={state} />
      {formMessage ? <p className="font-medium">{t("chooseAgain")}</p> : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
      {rows.map((i) => {
        const file = `file-${i}`;
        const caption = `caption-${i}`;
        const shownOn = `shownOn-${i}`;
        return (
          <fieldset
            key={i}
            className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
          >
            <legend className="px-1 font-semibold">{t("row", { n: i + 1 })}</legend>
            <FormField id={file} label={t("file")} error={fieldError(file)}>
              <input
                id={file}
                name={file}
                type="file"
                accept={accept}
                className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-zinc-400 file:bg-white file:px-3 file:py-2 dark:file:bg-zinc-900"
                {...describedBy(file, { error: !!fieldError(file) })}
              />
            </FormField>
            <FormField
              id={caption}
              label={t("caption")}
              hint={i === 0 ? t("captionHint") : undefined}
              error={fieldError(caption)}
            >
              <input
                id={caption}
                name={caption}
                type="text"
                maxLength={evidenceLimits.caption}
                defaultValue={values[caption] ?? ""}
                className={inputClass}
                {...describedBy(caption, { hint: i === 0, error: !!fieldError(caption) })}
              />
            </FormField>
            <FormField id={shownOn} label={t("shownOn")} error={fieldError(shownOn)}>
              <input
                id={shownOn}
                name={shownOn}
                type="date"
                min={dateRange.min}
                max={today}
                defaultValue={values[shownOn] ?? ""}
                className={`${inputClass} sm:w-56`}
                {...describedBy(shownOn, { error: !!fieldError(shownOn) })}
              />
            </FormField>
          </fieldset>
        );
      })}
      <Button disabled={pending}>{t("upload")}</Button>
    </form>
  );
}
