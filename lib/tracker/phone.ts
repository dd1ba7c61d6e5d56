/**
 * Phone numbers are stored in one canonical form (E.164: +4791234567) so the same number typed
 * as "912 34 567", "+47 912 34 567" or "0047 91234567" is one number.
 */
export type PhoneResult =
  { ok: true; value: string } | { ok: false; error: "invalidNorwegian" | "invalidForeign" };

export function normalizePhone(input: string, options: { foreign: boolean }): PhoneResult {
  const compact = input.replace(/[\s().-]/g, "").replace(/^00/, "+");
  if (!options.foreign) {
    const match = /^(?:\+47)?(\d{8})$/.exec(compact);
    return match ? { ok: true, value: `+47${match[1]}` } : { ok: false, error: "invalidNorwegian" };
  }
  // Any country: a plus, a country code that does not start with 0, 7 to 15 digits in all.
  return /^\+[1-9]\d{6,14}$/.test(compact)
    ? { ok: true, value: compact }
    : { ok: false, error: "invalidForeign" };
}

/** Shows only the last three digits, for lists and e-mails: "+47 ••••• 567". */
export function maskPhone(e164: string): string {
  const country = e164.startsWith("+47") ? "+47" : e164.slice(0, 3);
  return `${country} ••••• ${e164.slice(-3)}`;
}

/** Groups a Norwegian number the usual way for the case page: "+47 912 34 567". */
export function formatPhone(e164: string): string {
  const match = /^\+47(\d{3})(\d{2})(\d{3})$/.exec(e164);
  return match ? `+47 ${match[1]} ${match[2]} ${match[3]}` : e164;
}
