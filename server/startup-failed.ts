import { formatLogLine } from "@/lib/log";

/**
 * Ends a failed start with one clear line on stderr and exit code 1, so a supervisor restarts
 * the process (or someone reads why) instead of a server that answers 500 forever.
 */
export function startupFailed(error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(formatLogLine("start-failed", { reason: reason.replace(/\s+/g, " ").trim() }));
  process.exit(1);
}
