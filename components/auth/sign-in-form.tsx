"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestSignInLink, type SignInState } from "@/app/[locale]/sign-in/actions";
import { describedBy, FormField, inputClass } from "@/components/tracker/form-field";

export function SignInForm({ locale, callbackUrl }: { locale: string; callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [state, formAction, pending] = useActionState<SignInState, FormData>(requestSignInLink, {});
  const error = state.error ? t(`errors.${state.error}`) : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
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
      <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-5 py-2 font-semibold text-white hover:bg-sky-800 disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
