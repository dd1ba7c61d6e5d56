import { isTrackerPath, requestPathHeader } from "@/lib/request-path";
import type { IncomingMessage } from "node:http";

/**
 * Tells a signed-in page its own path (for the return after sign-in), as proxy.ts does under
 * `next dev`, but before Next sees the request: running Next's proxy machinery costs a tracker
 * page about a tenth of its throughput (docs/performance.md), and with the header present the
 * proxy's matcher skips it. A value the client sent is removed from every request first, so a
 * page only ever reads the path it was requested at. A path Next routes to the tracker that this
 * does not recognise arrives without the header, and the proxy then runs and sets it.
 */
export function passTrackerPath(req: IncomingMessage, locales: readonly string[]): void {
  delete req.headers[requestPathHeader];
  const url = req.url ?? "/";
  const [pathname = "/"] = url.split("?");
  const locale = pathname.split("/")[1];
  if (locale && locales.includes(locale) && isTrackerPath(pathname, locale)) {
    req.headers[requestPathHeader] = url;
  }
}
