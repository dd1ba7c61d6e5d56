import { isTrackerPath, requestPathHeader } from "@/lib/request-path";
import type { IncomingMessage } from "node:http";

/**
 * Tells a signed-in page its own path (for the return after sign-in: layouts are not told it).
 * Done by both servers before Next sees the request (server/locale-steps.ts). A value the client
 * sent is removed from every request first, so a page only ever reads the path it was requested
 * at. A tracker path whose locale is encoded and that has a dot (`/%65n/tracker/a.b`) passes the
 * redirect and gets no header: its page then falls back to the dashboard as the way back.
 */
export function passTrackerPath(req: IncomingMessage, locales: readonly string[]): void {
  delete req.headers[requestPathHeader];
  const raw = req.url ?? "/";
  const pathname = raw.split("?", 1)[0]!;
  const locale = pathname.split("/")[1];
  if (!locale || !locales.includes(locale) || !isTrackerPath(pathname, locale)) return;
  // Parsed only here: every request passes through this function.
  const url = new URL(raw, "http://path.invalid");
  // The router's cache-busting parameter, which Next strips from a page's URL too: a sign-in
  // after a client-side navigation must not come back to the page's data instead of the page.
  // (Only when there: deleting re-encodes the rest of the query.)
  if (url.searchParams.has("_rsc")) url.searchParams.delete("_rsc");
  req.headers[requestPathHeader] = url.pathname + url.search;
}
