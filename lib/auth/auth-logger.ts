import { logEvent, logProblem } from "@/lib/log";
import type { NextAuthConfig } from "next-auth";

/**
 * Auth.js's logger, in our one-line format. Auth.js's own messages quote what it received
 * (a callbackUrl with newlines in it, an address), so only the error's type goes out, reduced
 * to letters: no line an attacker wrote, no e-mail address.
 */
export const authLogger: NextAuthConfig["logger"] = {
  error(error: Error) {
    const type = (error as { type?: unknown }).type ?? error.name;
    logProblem("auth-error", { type: word(type) });
  },
  warn(code) {
    logEvent("auth-warning", { code: word(code) });
  },
  debug() {},
};

function word(value: unknown): string {
  return (
    String(value)
      .replace(/[^A-Za-z0-9_-]/g, "")
      .slice(0, 64) || "unknown"
  );
}
