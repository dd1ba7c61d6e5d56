/**
 * "a…@example.com": enough for the owner to recognise their address on a page that someone else
 * may have sent them to (a sign-in confirmation, sign-out), without spelling it out.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "…";
  return `${email.slice(0, 1)}…${email.slice(at)}`;
}
