import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { actionBodyLimitForNext } from "./lib/action-body-limit";
import type { NextConfig } from "next";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// cacheComponents stays off: with it, request-time pages (search, the helper, the tracker) are
// streamed into hidden fragments that only JavaScript reveals, and those pages must work with
// JavaScript disabled. Guides are still prerendered (SSG); an e2e test checks they stay static.
export default function config(phase: string): NextConfig {
  const nextConfig: NextConfig = {
    poweredByHeader: false,
    // Server actions answer an over-long field with a localized error that keeps the text. Next's
    // default limit (1 MB) would instead end a 1 MB note pasted into a form with a bare 413 page.
    // Evidence uploads (lib/evidence/limits.ts) are the largest: Next's own limit is global, so
    // it is theirs; the production server keeps every other form at 4 MB.
    experimental: {
      serverActions: { bodySizeLimit: actionBodyLimitForNext },
    },
  };
  const siteUrl = process.env.SITE_URL;
  if (phase === PHASE_PRODUCTION_BUILD && siteUrl) {
    // Prerendered pages carry SITE_URL in their canonical and hreflang links: the server refuses
    // to start with another one (instrumentation.ts). A build without it fails in core/env.ts.
    nextConfig.env = { SI_OPP_BUILT_FOR_SITE_URL: new URL(siteUrl).origin };
  }
  return withNextIntl(nextConfig);
}
