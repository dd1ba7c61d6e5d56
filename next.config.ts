import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Both flags become the default in the next major; keeping them on makes the build
  // fail loudly whenever a page that should be static reads request data.
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
