"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/app/[locale]/tracker/actions";

/**
 * The server returns error codes per field; this turns the first code of a field into the
 * message in the user's language (`errors.<code>`), or undefined when the field is fine.
 */
export function useFormErrors(state: FormState) {
  const te = useTranslations("errors");
  const fieldError = (field: string) => {
    const code = state.errors?.[field]?.[0];
    return code ? te(code as Parameters<typeof te>[0]) : undefined;
  };
  const formMessage = state.message ? te(state.message) : state.errors ? te("fixBelow") : undefined;
  return { fieldError, formMessage };
}
