import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { describedBy, FormField, inputClass } from "@/components/ui/form-field";

export type SignInCodeProblem = "invalid" | "wrong" | "void" | "expired";

/**
 * "Type the code from the e-mail": a plain POST form to app/api/auth/code, so it works in any
 * browser, with or without JavaScript. The reason a code was refused comes back in the URL and is
 * shown next to the field.
 */
export async function SignInCodeForm({
  locale,
  problem,
  triesLeft,
  typed = "",
}: {
  locale: string;
  problem?: SignInCodeProblem;
  triesLeft?: number;
  /** What was typed before, when the code was refused: shown again to be corrected. */
  typed?: string;
}) {
  const t = await getTranslations({ locale, namespace: "signIn" });
  const error = problem ? t(`codeErrors.${problem}`, { left: triesLeft ?? 0 }) : undefined;
  return (
    <form method="post" action="/api/auth/code" className="space-y-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormField id="code" label={t("codeLabel")} hint={t("codeHint")} error={error}>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={20}
          defaultValue={typed}
          className={`${inputClass} max-w-48 font-mono text-lg tracking-widest`}
          autoFocus={!!problem}
          {...describedBy("code", { hint: true, error: !!error })}
        />
      </FormField>
      <Button>{t("codeSubmit")}</Button>
    </form>
  );
}
