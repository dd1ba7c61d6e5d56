/**
 * The one check an e-mail address passes before the app sends it anything, on every path (the
 * sign-in form and a raw POST to Auth.js alike). Deliberately stricter than RFC 5322: a plain
 * dot-atom local part and a DNS domain, so an address can never be read as two recipients
 * ("x1,victim@…"), carry a header (CR LF) or quote its way to another mailbox. Returns the
 * normalized (NFKC, trimmed, lower-case) address, or null.
 */
export function normalizeEmailAddress(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const email = raw.normalize("NFKC").trim().toLowerCase();
  if (email.length > 254) return null;
  const match =
    /^([a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*)@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9])$/.exec(
      email,
    );
  if (!match || match[1]!.length > 64) return null;
  return email;
}
