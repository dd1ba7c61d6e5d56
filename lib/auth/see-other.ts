import { siteUrl } from "@/lib/site-url";

/** A 303 to a path of this site (always SITE_URL's origin), never cached. */
export function seeOther(path: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: new URL(path, siteUrl).toString(), "Cache-Control": "no-store" },
  });
}
