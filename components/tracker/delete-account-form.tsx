"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { emptyFormState, type FormState } from "@/lib/forms/form-state";

/** The last step before deleting an account: a box to tick, so one stray click deletes nothing. */
export function DeleteAccountForm({
  action,
  locale,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
}) {
  const t = useTranslations("tracker.accountPage");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const { formMessage } = useFormErrors(state);
  const missing = !!state.errors?.confirm;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {formMessage && !missing ? (
        <p role="alert" className="font-medium text-red-700 dark:text-red-300">
          {formMessage}
        </p>
      ) : null}
      <div>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            className="size-4"
            aria-describedby={missing ? "confirm-error" : undefined}
            aria-invalid={missing || undefined}
          />
          {t("deleteCheckbox")}
        </label>
        {missing ? (
          <p
            id="confirm-error"
            role="alert"
            className="mt-1 text-sm font-medium text-red-700 dark:text-red-300"
          >
            {t("deleteMissing")}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button variant="danger" disabled={pending}>
          {t("deleteYes")}
        </Button>
        <Link
          href={`/${locale}/tracker/account`}
          className="px-4 py-2 underline underline-offset-4"
        >
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
