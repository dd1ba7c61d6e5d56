import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { safeReturnPath } from "@/lib/auth/return-path";
import { requireUser, type SessionUser } from "@/lib/data/session";
import { requestPathHeader } from "@/lib/request-path";

/**
 * The signed-in user of a tracker page, read once per request however many components ask (the
 * layout and the page both do). Signed out: to sign-in, and back to this very page afterwards
 * (the server passes the path, server/tracker-path.ts; layouts are not told it).
 */
export const trackerUser = cache(async (locale: string): Promise<SessionUser> => {
  const path = (await headers()).get(requestPathHeader);
  return requireUser(locale, safeReturnPath(path, locale) ?? `/${locale}/tracker`);
});
