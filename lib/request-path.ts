/**
 * The request header in which a signed-in page learns its own path and query, so the tracker
 * layout can send a signed-out visitor to sign in and back to exactly that page. Both servers set
 * it on every tracker request, after removing any value the client sent (server/tracker-path.ts);
 * the value is still checked by safeReturnPath.
 */
export const requestPathHeader = "x-si-opp-path";

/** The path as Next routes it (`/en/%74racker` is the tracker); undecodable: as is. */
export function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname; // malformed escapes: Next answers 400 for those anyway
  }
}

/** Whether a path (as received, with its locale prefix) is a page of the signed-in area. */
export function isTrackerPath(pathname: string, locale: string): boolean {
  const path = decodedPath(pathname);
  const base = `/${locale}/tracker`;
  return path === base || path.startsWith(`${base}/`);
}
