/**
 * The development server (`npm run dev`): Next's dev server (Turbopack, fast refresh, the error
 * overlay) behind the same locale steps as the production server (server/locale-steps.ts), so
 * both route a request the same way and the app needs no Next proxy. The production server's
 * other layers (security headers and CSP, the origin check, the prerendered 404, the fail-fast
 * start) need a build and stay there. Unlike `next dev` it does not restart itself: after editing
 * next.config.ts, stop it (Ctrl-C) and start it again.
 */
import { createServer, type ServerResponse } from "node:http";
import next from "next";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { runLocaleSteps } from "./locale-steps";

// Port 3000 unless PORT says otherwise, as for `next dev`; HOST (unset: every interface) as for
// `npm start`.
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || undefined;

const app = next({ dev: true, turbopack: true, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  try {
    if (runLocaleSteps(req, res, { locales, defaultLocale })) return;
  } catch (error) {
    return failed(error, res); // a bug in our steps: shown whole, since this is development
  }
  return handle(req, res);
});
server.once("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `Port ${port} is in use: stop what runs there, or start with PORT=3001 npm run dev`
      : error,
  );
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`Si opp (development) at http://${hostname ?? "localhost"}:${port}`);
});

// Ctrl-C: close Next too, so Turbopack writes its cache for a fast next start. The signal can
// arrive twice (npm and tsx both pass it on): the first one counts, later ones are ignored, and a
// close that hangs is cut short.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    const code = signal === "SIGINT" ? 130 : 143;
    setTimeout(() => process.exit(code), 10_000).unref();
    server.close();
    void app.close().finally(() => process.exit(code));
  });
}

function failed(error: unknown, res: ServerResponse) {
  console.error(error);
  if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
  res.end("The development server's locale steps failed: see the terminal.");
}
