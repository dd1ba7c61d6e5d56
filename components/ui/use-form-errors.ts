"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { accountLimits } from "@/lib/tracker/limits";

/**
 * The server answers with error codes per field; this turns them into messages in the user's
 * language (`errors.<code>`): the first one of a field, every field's for the summary, and the
 * form-level message.
 */
export function useFormErrors(state: FormState) {
  const te = useTranslations("errors");
  // The account's limits are the only values a message names (`tooMany`); others ignore them.
  const message = (code: string) => te(code as Parameters<typeof te>[0], accountLimits);
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
