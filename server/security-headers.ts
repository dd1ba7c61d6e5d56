import { createHash, randomBytes } from "node:crypto";
import type { BuildOutput } from "./build-output";

/**
 * Security headers on every response, and a Content-Security-Policy without 'unsafe-inline' or
 * 'unsafe-eval' for scripts that keeps the guides prerendered:
 *
 * - A prerendered page's HTML never changes after `next build`, so its inline scripts (Next's
 *   bootstrap and RSC payload) are allowed by their SHA-256 hashes, read from the build output at
 *   start. The page stays a static file: no nonce, no per-request rendering.
 * - Every other page is rendered per request: it gets a fresh nonce, passed to Next in the
 *   request's CSP header, which Next puts on each script tag it renders.
 *
 * Script files come from 'self' (/_next/static). Styles allow 'unsafe-inline' because React
 * renders `style` attributes, which a nonce cannot cover on static pages.
 */
export type PrerenderedScripts = {
  /** Hash sources ('sha256-…') of the inline scripts of each prerendered page, by pathname. */
  byPath: Map<string, string[]>;
  /** Those of the prerendered error pages, which Next may serve for any path. */
  errorPages: string[];
};

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const executable = (attributes: string) => {
  if (/\bsrc\s*=/i.test(attributes)) return false;
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return (
    type === undefined ||
    type === "module" ||
    type === "text/javascript" ||
    type === "application/javascript"
  );
};

/** The CSP hash sources of every inline script a browser would run in `html`. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(inlineScript)) {
    if (executable(attributes))
      hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The prerendered pages of a production build, each with the hashes of its inline scripts. */
export function readPrerenderedScripts(build: BuildOutput): PrerenderedScripts {
  const byPath = new Map<string, string[]>();
  for (const route of build.prerenderedPaths) {
    const html = build.prerenderedHtml(route);
    if (html !== null) byPath.set(route, inlineScriptHashes(html));
  }
  const errorPages = [
    ...new Set(
      ["/_not-found", "/_global-error"].flatMap((route) =>
        inlineScriptHashes(build.prerenderedHtml(route) ?? ""),
      ),
    ),
  ];
  return { byPath, errorPages };
}

export function contentSecurityPolicy(scriptSources: string[], https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/** The headers every response carries, whatever it is (page, API, file, error). */
export function staticSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
