/**
 * Auth.js does not throw when the magic link cannot be sent (SMTP down, a rate limit hit in the
 * meantime): it answers with a redirect to its error page. The sign-in action reads that URL.
 */
export function linkWasSent(redirectUrl: string): boolean {
  return !new URL(redirectUrl, "http://localhost").searchParams.has("error");
}
