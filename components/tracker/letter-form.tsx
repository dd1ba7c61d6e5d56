"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Checkbox, describedBy, FormField, inputClass } from "@/components/ui/form-field";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { emptyFormState, shownValues, type FormState } from "@/lib/forms/form-state";
import type { LetterFormField } from "@/lib/letters/form-fields";
import { dateRange, earliestBirthDate } from "@/lib/validation/fields";
import { complaintReasons, letterLimits } from "@/lib/validation/letter";

/** A person's dates go back further than a case's (the validation's own bounds). */
const birthDateFields = new Set(["birthDate", "deceasedBirthDate"]);
const dateBounds = (name: string) => ({
  min: birthDateFields.has(name) ? earliestBirthDate : dateRange.min,
  max: dateRange.max,
});

/**
 * The questions a letter still needs answered (the page decides which: `fields`). Everything
 * the user typed comes back after an error, with the message next to its field.
 */
export function LetterForm({
  action,
  locale,
  caseId,
  kind,
  fields,
  defaults,
  reasonChoices,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  caseId: string;
  kind: string;
  fields: LetterFormField[];
  defaults: Record<string, string>;
  reasonChoices: readonly string[];
}) {
  const t = useTranslations("letters.fields");
  const tl = useTranslations("letters");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const { fieldError, all, formMessage } = useFormErrors(state);
  const values = shownValues(state, defaults);
  const has = (f: LetterFormField) => fields.includes(f);
  const text = (
    name: string,
    label: string,
    opts: {
      hint?: string;
      max?: number;
      type?: string;
      autoComplete?: string;
      multiline?: boolean;
    } = {},
  ) => {
    const error = fieldError(name);
    const aria = describedBy(name, { hint: !!opts.hint, error: !!error });
    return (
      <FormField id={name} label={label} hint={opts.hint} error={error}>
        {opts.multiline ? (
          <textarea
            id={name}
            name={name}
            rows={4}
            maxLength={opts.max}
            defaultValue={values[name] ?? ""}
            className={inputClass}
            {...aria}
          />
        ) : (
          <input
            id={name}
            name={name}
            type={opts.type ?? "text"}
            maxLength={opts.max}
            autoComplete={opts.autoComplete}
            defaultValue={values[name] ?? ""}
            className={inputClass}
            {...(opts.type === "date" ? dateBounds(name) : {})}
            {...aria}
          />
        )}
      </FormField>
    );
  };
  const choice = (name: string, legend: string, options: [string, string][]): ReactNode => {
    const error = fieldError(name);
    return (
      <fieldset
        id={name}
        tabIndex={-1}
        className="space-y-1"
        aria-describedby={error ? `${name}-error` : undefined}
      >
        <legend className="font-medium">{legend}</legend>
        {options.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name={name}
              value={value}
              defaultChecked={values[name] === value}
              className="size-4"
            />
            {label}
          </label>
        ))}
        {error ? (
          <p id={`${name}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
      </fieldset>
    );
  };
  const labels: Record<string, string> = {
    fullName: t("fullName"),
    birthDate: t("birthDate"),
    email: t("email"),
    customerNumber: t("customerNumber"),
    endChoice: t("endChoice"),
    endDate: t("endDate"),
    porting: t("porting"),
    accountNumber: t("accountNumber"),
    bic: t("bic"),
    sentReference: t("sentReference"),
    claim: t("claim"),
    reasons: t("reasons"),
    details: kind === "bkn-complaint" ? t("detailsRequired") : t("details"),
    invoiceNumber: t("invoiceNumber"),
    disputedAmount: t("disputedAmount"),
    endsOn: t("endsOn"),
    complaintSentOn: t("complaintSentOn"),
    answer: t("answer"),
    answerOn: t("answerOn"),
    agreedOn: t("agreedOn"),
    deceasedName: t("deceasedName"),
    deceasedBirthDate: t("deceasedBirthDate"),
    deathOn: t("deathOn"),
    employer: t("employer"),
    employmentEndsOn: t("employmentEndsOn"),
    refundAmount: t("refundAmount"),
  };
  const reasonsError = fieldError("reasons");
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
      <input type="hidden" name="kind" value={kind} />
      {text("fullName", labels.fullName!, {
        max: letterLimits.fullName,
        hint: t("fullNameHint"),
        autoComplete: "name",
      })}
      {has("birthDate")
        ? text("birthDate", labels.birthDate!, {
            type: "date",
            hint: t("birthDateHint"),
            autoComplete: "bday",
          })
        : null}
      {text("email", labels.email!, {
        type: "email",
        max: letterLimits.email,
        hint: t("emailHint"),
        autoComplete: "email",
      })}
      {has("customerNumber")
        ? text("customerNumber", labels.customerNumber!, {
            max: letterLimits.customerNumber,
            hint: t("customerNumberHint"),
          })
        : null}
      {has("sentReference")
        ? text("sentReference", labels.sentReference!, {
            max: letterLimits.sentReference,
            hint: t("sentReferenceHint"),
          })
        : null}
      <Checkbox
        name="remember"
        label={has("birthDate") ? t("remember") : t("rememberName")}
        checked={values.remember === "on"}
      />
      {has("agreedOn")
        ? text("agreedOn", labels.agreedOn!, { type: "date", hint: t("agreedOnHint") })
        : null}
      {has("deceasedName")
        ? text("deceasedName", labels.deceasedName!, {
            max: letterLimits.deceasedName,
            hint: t("fullNameHint"),
          })
        : null}
      {has("deceasedBirthDate")
        ? text("deceasedBirthDate", labels.deceasedBirthDate!, { type: "date" })
        : null}
      {has("deathOn") ? text("deathOn", labels.deathOn!, { type: "date" }) : null}
      {has("employer")
        ? text("employer", labels.employer!, {
            max: letterLimits.employer,
            autoComplete: "organization",
          })
        : null}
      {has("employmentEndsOn")
        ? text("employmentEndsOn", labels.employmentEndsOn!, { type: "date" })
        : null}
      {has("refundAmount")
        ? text("refundAmount", labels.refundAmount!, { max: 20, hint: t("refundAmountHint") })
        : null}
      {has("porting")
        ? choice("porting", labels.porting!, [
            ["no", t("portingNo")],
            ["yes", t("portingYes")],
          ])
        : null}
      {has("endChoice")
        ? choice("endChoice", labels.endChoice!, [
            ["earliest", t("endEarliest")],
            ["date", t("endOnDate")],
          ])
        : null}
      {has("endDate") ? text("endDate", labels.endDate!, { type: "date" }) : null}
      {has("accountNumber")
        ? text("accountNumber", labels.accountNumber!, {
            hint: t("accountNumberHint"),
            max: 50,
            autoComplete: "off",
          })
        : null}
      {has("bic")
        ? text("bic", labels.bic!, { hint: t("bicHint"), max: 20, autoComplete: "off" })
        : null}
      {has("reasons") ? (
        <fieldset
          id="reasons"
          tabIndex={-1}
          className="space-y-1"
          aria-describedby={reasonsError ? "reasons-error" : undefined}
        >
          <legend className="font-medium">{labels.reasons}</legend>
          {complaintReasons
            .filter((r) => reasonChoices.includes(r))
            .map((r) => (
              <Checkbox key={r} name={r} label={t(r)} checked={values[r] === "on"} />
            ))}
          {reasonsError ? (
            <p id="reasons-error" className="text-sm font-medium text-red-700 dark:text-red-300">
              {reasonsError}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {has("invoiceNumber")
        ? text("invoiceNumber", labels.invoiceNumber!, { max: letterLimits.invoiceNumber })
        : null}
      {has("disputedAmount") ? text("disputedAmount", labels.disputedAmount!, { max: 20 }) : null}
      {has("endsOn") ? text("endsOn", labels.endsOn!, { type: "date" }) : null}
      {has("complaintSentOn")
        ? text("complaintSentOn", labels.complaintSentOn!, { type: "date" })
        : null}
      {has("answer")
        ? choice("answer", labels.answer!, [
            ["refused", t("answerRefused")],
            ["none", t("answerNone")],
          ])
        : null}
      {has("answerOn") ? text("answerOn", labels.answerOn!, { type: "date" }) : null}
      {has("details")
        ? text("details", labels.details!, {
            hint: t("detailsHint"),
            max: letterLimits.details,
            multiline: true,
          })
        : null}
      {has("claim")
        ? text("claim", labels.claim!, {
            hint: t("claimHint"),
            max: letterLimits.claim,
            multiline: true,
          })
        : null}
      <Button disabled={pending}>{tl("submit")}</Button>
    </form>
  );
}
