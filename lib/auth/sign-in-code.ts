import { AsyncLocalStorage } from "node:async_hooks";
import { createHash, randomInt } from "node:crypto";

/**
 * The short code printed beside the magic link, for a reader whose mail app opens links in its
 * own browser (WeChat, Gmail's in-app view): they type it where they asked for the link and are
 * signed in there. It is an Auth.js verification token like the link's, so it has the link's
 * lifetime and is used up the same way; 8 digits, and a few wrong tries void it
 * (lib/data/sign-in-codes.ts).
 */
export const signInCodeLength = 8;
export const signInCodeMaxFailures = 5;

export function newSignInCode(): string {
  return String(randomInt(0, 10 ** signInCodeLength)).padStart(signInCodeLength, "0");
}

/** What a reader typed, as a code: full-width digits, spaces and dashes forgiven; else null. */
export function typedSignInCode(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > 64) return null;
  const digits = raw.normalize("NFKC").replace(/[\s-]/g, "");
  return new RegExp(`^\\d{${signInCodeLength}}$`).test(digits) ? digits : null;
}

/** "1234 5678": easier to read out and to copy by eye. */
export function displaySignInCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/** How Auth.js stores a verification token: SHA-256 of the token followed by the secret, hex. */
export function verificationTokenHash(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/** A magic link's own token (Auth.js's default: 32 random bytes, hex). */
export function isLinkToken(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{64}$/.test(value);
}

/**
 * Set while the code form signs in (lib/auth/auth-routes.ts, signInWithCode): the adapter
 * accepts a code's token only then, so a code can never be used as a link's token.
 */
const codeSignIn = new AsyncLocalStorage<true>();

export function withCodeSignIn<T>(run: () => T): T {
  return codeSignIn.run(true, run);
}

export function codeSignInInProgress(): boolean {
  return codeSignIn.getStore() === true;
}
