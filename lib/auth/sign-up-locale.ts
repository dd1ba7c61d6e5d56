import { AsyncLocalStorage } from "node:async_hooks";
import { localeOfMagicLink } from "./sign-in-email";

/**
 * The language a new account starts with: the one the user was reading when they asked for the
 * link. The magic link carries it in its callbackUrl (`/zh/tracker`), and the account is created
 * while Auth.js handles that link; this makes it available there (see lib/auth/index.ts).
 */
const store = new AsyncLocalStorage<string>();

export function withSignUpLocale<T>(request: Request, handle: () => T): T {
  return store.run(localeOfMagicLink(request.url), handle);
}

export function signUpLocale(): string | undefined {
  return store.getStore();
}
