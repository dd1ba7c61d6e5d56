/**
 * The development server (`npm run dev`): Next's dev server (Turbopack, fast refresh, the error
 * overlay) behind the same locale steps as the production server (server/locale-steps.ts), so
 * both route a request the same way and the app needs no Next proxy. The production server's
 * other layers (security headers and CSP, the origin check, the prerendered 404, the fail-fast
 * start) need a build and stay there. Unlike `next dev` it does not restart itself: after editing
 * next.config.ts, stop it (Ctrl-C) and start it again.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { runLocaleSteps } from "./locale-steps";

// Port 3000 unless PORT says otherwise, as for `next dev`; HOST (unset: every interface) as for
// `npm start`.
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || undefined;

const server = createServer((req, res) => {
  try {
    if (runLocaleSteps(req, res, { locales, defaultLocale })) return;
  } catch (error) {
    return failed(error, res); // a bug in our steps: shown whole, since this is development
  }
  return handle(req, res);
});
// Given the server, Next attaches its hot-reload WebSocket to it at once.
const app = next({
  dev: true,
  turbopack: true,
  dir: process.cwd(),
  hostname,
  port,
  httpServer: server,
});
server.once("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `Port ${port} is in use: stop what runs there, or start with PORT=3001 npm run dev`
      : error,
  );
  process.exit(1);
});
await app.prepare();
const handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> =
  app.getRequestHandler();
server.listen(port, hostname, () => {
  console.log(`Si opp (development) at http://${hostname ?? "localhost"}:${port}`);
});

// Ctrl-C: close Next too, so Turbopack writes its cache for a fast next start.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

function failed(error: unknown, res: ServerResponse) {
  console.error(error);
  if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
  res.end("The development server's locale steps failed: see the terminal.");
}
