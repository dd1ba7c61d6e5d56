/**
 * The headers of every evidence file we serve. The type is ours (from the bytes, at upload) and
 * the browser must not second-guess it (`nosniff`); the CSP sandboxes the response so that even
 * a file opened directly cannot run script, submit forms or reach this origin's cookies; it is
 * never cached by anyone else, and other sites cannot embed it.
 */
export const fileContentSecurityPolicy =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/**
 * The paths that answer with an evidence file or zip. The production server gives them the
 * policy above instead of the pages' one (Next keeps a header the server already set).
 */
export const isEvidenceFilePath = (pathname: string) =>
  /^\/api\/evidence\/[^/]+$/.test(pathname) ||
  /^\/api\/cases\/[^/]+\/evidence\.zip$/.test(pathname);

export function fileResponseHeaders(mediaType: string): Record<string, string> {
  return {
    "Content-Type": mediaType,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy":
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "private, no-store",
  };
}
