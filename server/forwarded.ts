import type { IncomingHttpHeaders } from "node:http";

/**
 * Makes the forwarded headers of a request say only what can be trusted, before Next.js or the
 * app reads them. Next fills in X-Forwarded-For/-Host/-Proto only when they are absent, so
 * without this a client could write its own address (and lift the sign-in rate limit with a
 * fresh one per request) or its own host.
 *
 * - No trusted proxy: every forwarded header from the client is dropped, and X-Forwarded-For is
 *   the socket's peer.
 * - N trusted proxies: each appended the address it saw to X-Forwarded-For, so the client is the
 *   N-th entry from the end; anything before it was written by the client and is dropped. A
 *   request with fewer entries did not come through the proxies: its socket peer counts.
 *
 * Afterwards X-Forwarded-For holds exactly one address: the client's.
 */
export function trustForwardedHeaders(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trustedProxies: number,
): void {
  const chain = trustedProxies > 0 ? forwardedChain(headers["x-forwarded-for"]) : [];
  if (trustedProxies === 0) {
    for (const name of [
      "x-forwarded-host",
      "x-forwarded-proto",
      "x-forwarded-port",
      "forwarded",
      "x-real-ip",
    ])
      delete headers[name];
  }
  const client =
    chain.length >= trustedProxies && trustedProxies > 0
      ? chain[chain.length - trustedProxies]
      : socketAddress;
  headers["x-forwarded-for"] = normalizeAddress(client ?? "unknown");
}

function forwardedChain(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** "::ffff:127.0.0.1" is 127.0.0.1; anything that is not an IP address is kept as one opaque key. */
function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

/** The public host (and scheme, where a proxy tells it) the request was made to. */
export function requestedOrigin(
  headers: IncomingHttpHeaders,
  trustedProxies: number,
): { host: string | undefined; protocol: string | undefined } {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim() || undefined;
  if (trustedProxies === 0) return { host: first(headers.host), protocol: undefined };
  return {
    host: first(headers["x-forwarded-host"]) ?? first(headers.host),
    protocol: first(headers["x-forwarded-proto"]),
  };
}
