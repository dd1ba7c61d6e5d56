/**
 * The request header in which proxy.ts passes a signed-in page its own path and query, so the
 * tracker layout can send a signed-out visitor to sign in and back to exactly that page.
 * Set by the proxy on every tracker request (a client's own value is overwritten).
 */
export const requestPathHeader = "x-si-opp-path";
