import type { ErrorCode } from "@/lib/validation/fields";

/** Form-level messages an action can answer with; the form translates them (`errors.<key>`). */
export type FormMessage =
  | "fixBelow"
  | "notFound"
  | "notAllowed"
  | "couldNotSave"
  | "stale"
  | "needsAcknowledgement"
  | "tooMany"
  | "alreadySent"
  | "tooManyFiles"
  | "accountFull"
  | "diskFull";

/**
 * What a server action answers a form with when it does not redirect. Shared by actions and
 * the client forms that render it; safe to import in the browser.
 */
export type FormState = {
  /** Codes per field, shown next to each field in the user's language. */
  errors?: Partial<Record<string, ErrorCode[]>>;
  /** Every value the user submitted, so an answer never drops what they typed or chose. */
  values?: Record<string, string>;
  message?: FormMessage;
  /** With `stale`: the fields someone changed since the form was opened, as they are now. */
  changed?: { field: string; now: string }[];
  /** With `needsAcknowledgement`: what the user should know before going on (codes). */
  warnings?: string[];
};

export const emptyFormState: FormState = {};

/** The values to show: what was just submitted when the server answered, else the defaults. */
export function shownValues(
  state: FormState,
  defaults: Record<string, string>,
): Record<string, string> {
  return state.values ?? defaults;
}
