import { maskPhone } from "./phone";
import { providerName, type ProviderOption } from "./providers";

type Labelled = { nickname: string | null; provider: string; providerName: string | null };

/**
 * What a case is called where a sentence names it (calendar events, e-mail text): the operator,
 * with the user's own name for the line after it when they gave one: "Telia (Dad's line)".
 */
export function caseName(c: Labelled, options: readonly ProviderOption[]): string {
  const operator = providerName(c, options);
  return c.nickname ? `${operator} (${c.nickname})` : operator;
}

/**
 * A case in one line for titles and headings: the user's name for the line first (it is how they
 * look for it), then the operator and the number masked to its last digits.
 */
export function caseLabel(
  c: Labelled & { phoneNumber: string },
  options: readonly ProviderOption[],
): string {
  const parts = [providerName(c, options), maskPhone(c.phoneNumber)];
  return (c.nickname ? [c.nickname, ...parts] : parts).join(" · ");
}
