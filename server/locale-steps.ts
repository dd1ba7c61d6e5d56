import { redirectWithoutLocale } from "./locale-redirect";
import { rememberLocale } from "./remember-locale";
import { passTrackerPath } from "./tracker-path";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * What both servers (server/main.ts, server/dev.ts) do with a request's locale before Next sees
 * it, in this order: a path without a locale is sent to the reader's language (answered here:
 * true); otherwise a loaded page's language is remembered and a signed-in page told its own
 * path. The app has no Next proxy, so this is the only place these happen.
 */
export function runLocaleSteps(
  req: IncomingMessage,
  res: ServerResponse,
  options: { locales: readonly string[]; defaultLocale: string; headers?: Record<string, string> },
): boolean {
  if (redirectWithoutLocale(req, res, options)) return true;
  rememberLocale(req, res, options.locales);
  passTrackerPath(req, options.locales);
  return false;
}
