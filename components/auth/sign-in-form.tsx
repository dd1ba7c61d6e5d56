"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, FormField, inputClass } from "@/components/ui/form-field";

export type SignInState = { error?: "invalidEmail" | "rateLimited" | "failed"; email?: string };

/**
 * The e-mail form that asks for a sign-in link. `resendTo` turns it into the "send it again"
 * button of the check-your-e-mail page (same action, same limits).
 */
export function SignInForm({
  action,
  locale,
  callbackUrl,
  resendTo,
}: {
  action: (state: SignInState, data: FormData) => Promise<SignInState>;
  locale: string;
  callbackUrl: string;
  resendTo?: string;
}) {
  const t = useTranslations("signIn");
  const [state, formAction, pending] = useActionState<SignInState, FormData>(action, {});
  const error = state.error ? t(`errors.${state.error}`) : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {resendTo ? (
        <>
          <input type="hidden" name="email" value={resendTo} />
          {error ? (
            <p role="alert" className="font-medium text-red-700 dark:text-red-300">
              {error}
            </p>
          ) : null}
          <Button variant="secondary" disabled={pending}>
            {t("sendAgain")}
          </Button>
        </>
      ) : (
        <>
          <FormField id="email" label={t("email")} hint={t("emailHint")} error={error}>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              required
              maxLength={254}
              defaultValue={state.email ?? ""}
              className={inputClass}
              {...describedBy("email", { hint: true, error: !!error })}
            />
          </FormField>
          <Button disabled={pending} className="px-5">
            {t("submit")}
          </Button>
        </>
      )}
    </form>
  );
}
