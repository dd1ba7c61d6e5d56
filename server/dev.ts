/**
 * The development server (`npm run dev`): Next's dev server (Turbopack, fast refresh) behind the
 * same locale steps as the production server (server/main.ts), so both route a request the same
 * way and the app needs no Next proxy: a path without a locale is sent to the reader's language,
 * a page's language is remembered, and a signed-in page is told its own path. The production
 * server's other layers (security headers and CSP, the origin check, the prerendered 404, the
 * fail-fast start) need a build and stay there.
 */
import { createServer } from "node:http";
import next from "next";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { redirectWithoutLocale } from "./locale-redirect";
import { rememberLocale } from "./remember-locale";
import { passTrackerPath } from "./tracker-path";

// What `next dev` reads too: the port (3000 by default) and the interface (all by default).
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || undefined;

const app = next({ dev: true, turbopack: true, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  if (redirectWithoutLocale(req, res, { locales, defaultLocale })) return;
  rememberLocale(req, res, locales);
  passTrackerPath(req, locales);
  return handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`Si opp (development) at http://${hostname ?? "localhost"}:${port}`);
});
