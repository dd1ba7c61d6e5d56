import { siteUrl } from "@/lib/site-url";

/**
 * A POST that finishes a sign-in must come from a page of this site: browsers send `Origin` on
 * every POST, and another site cannot make it ours. (SameSite cookies do not help here: the
 * attack plants a session, it needs none.)
 */
export function isSameOriginRequest(request: Request): boolean {
  return request.headers.get("origin") === siteUrl.origin;
}
