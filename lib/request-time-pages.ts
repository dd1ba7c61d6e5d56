import { decodedPath } from "@/lib/request-path";

/**
 * Whether a link's href (`/en/tracker/3f1c?view=action#x`, any locale or none) leads to a page
 * rendered per request: the signed-in area, search, the helper, sign-in, unsubscribing and the
 * readers' reports. Every other page is prerendered. The app's links do not prefetch these
 * (components/ui/link.tsx); e2e/prefetch.spec.ts checks that every prefetch on the pages it visits
 * is answered from the prerendered cache, so a new per-request page linked there fails it. Client
 * code calls this too, so it reads no locale list (that comes from the file system).
 */
export function rendersPerRequest(href: string): boolean {
  const path = decodedPath(href.split(/[?#]/, 1)[0]!);
  // The locale is optional: the server redirects a path without one to the reader's locale.
  return (
    /^\/(?:[^/]+\/)?(?:tracker|search|helper|sign-in|unsubscribe)(?:\/|$)/.test(path) ||
    /^\/(?:[^/]+\/)?operators\/[^/]+\/reports(?:\/|$)/.test(path)
  );
}
