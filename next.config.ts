import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// cacheComponents stays off: with it, request-time pages (search, the helper, the tracker) are
// streamed into hidden fragments that only JavaScript reveals, and those pages must work with
// JavaScript disabled. Guides are still prerendered (SSG); an e2e test checks they stay static.
const nextConfig: NextConfig = {
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
