"use client";

import { useTranslations } from "next-intl";
import { evidenceLimits, megabytes } from "@/lib/evidence/limits";
import type { FormState } from "@/lib/forms/form-state";
import { accountLimits } from "@/lib/tracker/limits";

/** The numbers a message may name: the account's limits (`tooMany`) and the evidence limits. */
const limitValues = {
  ...accountLimits,
  fileMb: megabytes(evidenceLimits.fileBytes),
  filesPerCase: evidenceLimits.filesPerCase,
  accountMb: megabytes(evidenceLimits.accountBytes),
};

/**
 * The server answers with error codes per field; this turns them into messages in the user's
 * language (`errors.<code>`): the first one of a field, every field's for the summary, and the
 * form-level message.
 */
export function useFormErrors(state: FormState) {
  const te = useTranslations("errors");
  const message = (code: string) => te(code as Parameters<typeof te>[0], limitValues);
  const fieldError = (field: string) => {
    const code = state.errors?.[field]?.[0];
    return code ? message(code) : undefined;
  };
  const all = Object.entries(state.errors ?? {}).flatMap(([field, codes]) =>
    codes?.[0] ? [{ field, message: message(codes[0]) }] : [],
  );
  const formMessage = state.message
    ? message(state.message)
    : state.errors
      ? te("fixBelow")
      : undefined;
  return { fieldError, all, formMessage };
}
