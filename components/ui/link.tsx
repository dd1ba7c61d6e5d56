import NextLink from "next/link";
import { rendersPerRequest } from "@/lib/request-time-pages";
import type { ComponentProps } from "react";

/**
 * The app's link: Next's, except that a link to a page rendered per request is never prefetched.
 * Next prefetches every link that scrolls into view, and prefetching such a page is a server
 * render (for a tracker page: session lookup, layouts, nav) for a page the reader may never open,
 * whose content could not be shown sooner anyway. With prefetching, one view of the dashboard sent
 * 22 of them (240–350 ms of server CPU, against 36–43 ms for the dashboard itself), and every
 * page's search link a render of the search page (docs/performance.md). Prerendered pages keep
 * Next's prefetching: they cost a read.
 */
export function Link({
  prefetch,
  ...props
}: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  // A relative href is judged from the page it is on, which a server component does not know:
  // such a link is not prefetched either (the app writes its hrefs from the root).
  const prefetchable = props.href.startsWith("/") && !rendersPerRequest(props.href);
  return <NextLink {...props} prefetch={prefetchable ? prefetch : false} />;
}
