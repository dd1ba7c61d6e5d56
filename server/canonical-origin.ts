import { requestedOrigin } from "./forwarded";
import type { IncomingHttpHeaders } from "node:http";

/**
 * Pages live on one origin, SITE_URL's. A page requested on another host (127.0.0.1 instead of
 * localhost, a bare IP, an old domain) is redirected there, so a sign-in started on one host
 * never ends with the session cookie on another. API routes answer on any host (a health check
 * on 127.0.0.1 must work); they build every link from SITE_URL anyway.
 */
export function canonicalRedirect(
  request: { method?: string; url?: string; headers: IncomingHttpHeaders },
  siteUrl: URL,
  trustedProxies: number,
): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const path = request.url ?? "/";
  if (
    !path.startsWith("/") ||
    path.startsWith("//") ||
    path.startsWith("/api/") ||
    path.startsWith("/_next/")
  )
    return null;
  const { host, protocol } = requestedOrigin(request.headers, trustedProxies);
  const sameHost = host?.toLowerCase() === siteUrl.host;
  const sameScheme = protocol === undefined || `${protocol}:` === siteUrl.protocol;
  if (sameHost && sameScheme) return null;
  // Concatenated, not resolved: "/\\evil.example" resolved against SITE_URL would leave the origin.
  return new URL(siteUrl.origin + path).toString();
}
