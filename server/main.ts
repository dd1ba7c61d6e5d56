/**
 * The production server (`npm start` runs the bundle `dist/server.mjs`): Next.js's own request
 * handler behind a thin Node HTTP layer that does what `next start` cannot:
 * - forwarded headers are trusted only from the configured proxies (TRUSTED_PROXIES), so the
 *   client address used for rate limits is the real one (server/forwarded.ts);
 * - pages are served on SITE_URL's origin only (server/canonical-origin.ts);
 * - every response carries the security headers and a CSP (server/security-headers.ts);
 * - unknown paths under a locale get the prerendered not-found page (server/not-found-page.ts);
 * - a path without a locale is sent to the reader's language, a page's language is remembered,
 *   and a signed-in page told its own path (server/locale-steps.ts, which server/dev.ts runs too);
 * - junk is turned away with a 4xx before Next sees it: a request target that is not a path, and
 *   server-action POSTs that no form of ours sends (server/action-requests.ts);
 * - a failure that escapes the handler is logged and answered with a 500, never left hanging
 *   (server/answer-on-failure.ts);
 * - start-up fails fast: bad settings, a build whose files lack what the server reads
 *   (server/build-output.ts), an unreadable database or a failed migration end the process with
 *   one line and exit code 1, so a supervisor restarts it or someone looks, instead of a server
 *   that answers 500 forever.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { fileContentSecurityPolicy, isEvidenceFilePath } from "@/lib/evidence/file-response";
import { logEvent } from "@/lib/log";
import { awaitStartUp } from "@/lib/production-server";
import { decodedPath } from "@/lib/request-path";
import { isActionRequest, refuse, screenActionRequest } from "./action-requests";
import { answerOnFailure } from "./answer-on-failure";
import { readBuildOutput } from "./build-output";
import { canonicalRedirect } from "./canonical-origin";
import { trustForwardedHeaders } from "./forwarded";
import { runLocaleSteps } from "./locale-steps";
import { hasMalformedPath, malformedPathPage } from "./malformed-url";
import { readNotFoundPages } from "./not-found-page";
import {
  contentSecurityPolicy,
  newNonce,
  readPrerenderedScripts,
  staticSecurityHeaders,
} from "./security-headers";
import { startupFailed } from "./startup-failed";

async function main() {
  // This is the production server whatever the shell says; set before Next and core/env load.
  (process.env as Record<string, string>).NODE_ENV = "production";
  // First: Next's build output must have the shapes this server reads, or nothing else is worth
  // starting (one line naming the file and the field).
  const build = readBuildOutput(process.cwd());
  // Imported here so an invalid configuration is reported like any other start-up failure.
  const { env } = await import("@/core/env");
  const { default: next } = await import("next");
  const { siteUrl } = await import("@/lib/site-url");
  const { defaultLocale, locales } = await import("@/lib/i18n/locales");
  const app = next({
    dev: false,
    dir: process.cwd(),
    hostname: env.HOST ?? "localhost",
    port: env.PORT,
  });
  const startedUp = awaitStartUp();
  await app.prepare();
  const hooks = await startedUp; // instrumentation.ts: settings, database, migrations, scheduler (or exit 1)
  const handle = app.getRequestHandler();

  const https = siteUrl.protocol === "https:";
  const prerendered = readPrerenderedScripts(build);
  const staticPolicies = new Map(
    [...prerendered.byPath].map(([route, hashes]) => [route, contentSecurityPolicy(hashes, https)]),
  );
  const always = Object.entries(staticSecurityHeaders(https));
  const noScripts = contentSecurityPolicy([], https); // for answers without a page
  const localeSteps = { locales, defaultLocale, headers: { "Content-Security-Policy": noScripts } };
  const notFoundPages = readNotFoundPages(build, process.cwd(), locales, https);

  const handleRequest = (req: IncomingMessage, res: ServerResponse) => {
    trustForwardedHeaders(req.headers, req.socket.remoteAddress, env.TRUSTED_PROXIES);
    for (const [name, value] of always) res.setHeader(name, value);

    if (hasMalformedPath(req.url)) {
      res
        .writeHead(400, {
          "Content-Type": "text/html; charset=utf-8",
          "Content-Security-Policy": noScripts,
        })
        .end(malformedPathPage);
      return;
    }
    const redirect = canonicalRedirect(req, siteUrl, env.TRUSTED_PROXIES);
    if (redirect) {
      res
        .writeHead(308, {
          Location: redirect,
          "Content-Security-Policy": noScripts,
        })
        .end();
      return;
    }
    const notFound = notFoundPages.pageFor(req);
    if (notFound) {
      res.writeHead(404, {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Length": notFound.html.length,
        "Content-Security-Policy": notFound.contentSecurityPolicy,
        "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
      });
      res.end(req.method === "HEAD" ? undefined : notFound.html);
      return;
    }
    if (runLocaleSteps(req, res, localeSteps)) return;
    const pathname = (req.url ?? "/").split("?")[0]!.replace(/(.)\/$/, "$1");
    const staticPolicy = staticPolicies.get(pathname);
    if (isEvidenceFilePath(decodedPath(pathname))) {
      res.setHeader("Content-Security-Policy", fileContentSecurityPolicy);
    } else if (staticPolicy) {
      res.setHeader("Content-Security-Policy", staticPolicy);
    } else {
      const policy = contentSecurityPolicy(
        [`'nonce-${newNonce()}'`, ...prerendered.errorPages],
        https,
      );
      req.headers["content-security-policy"] = policy; // Next reads the nonce from here
      res.setHeader("Content-Security-Policy", policy);
    }
    if (!isActionRequest(req)) return handle(req, res);
    return screenActionRequest(req, siteUrl.origin, hooks).then(
      (verdict) =>
        verdict.ok ? handle(verdict.request, res) : refuse(res, verdict.status, noScripts),
      () => refuse(res, 400, noScripts),
    );
  };
  const server = createServer(
    answerOnFailure(handleRequest, {
      security: always,
      contentSecurityPolicy: noScripts,
    }),
  );
  // A request (headers and body) must arrive within five minutes: an evidence upload at its
  // limit (31 MB) does over a 1 Mbit/s mobile uplink; a client trickling a body to hold the
  // connection and its buffer does not. Headers alone still have Node's 60 s.
  server.requestTimeout = 300_000;
  server.once("error", startupFailed); // e.g. the port is taken
  server.listen(env.PORT, env.HOST, () =>
    logEvent("listening", {
      url: siteUrl.origin,
      port: env.PORT,
      trustedProxies: env.TRUSTED_PROXIES,
    }),
  );

  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch(startupFailed);
