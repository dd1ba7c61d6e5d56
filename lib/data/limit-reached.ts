import type { accountLimits } from "@/lib/tracker/limits";

/**
 * Thrown inside a write's transaction when it would go past one of the account's limits
 * (lib/tracker/limits.ts), so nothing is written; formAction answers it with the form-level
 * message `tooMany`, keeping what the user entered.
 */
export class LimitReachedError extends Error {
  constructor(readonly limit: keyof typeof accountLimits) {
    super(`limit reached: ${limit}`);
    this.name = "LimitReachedError";
  }
}
