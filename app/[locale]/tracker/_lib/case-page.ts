import "server-only";
import { notFound, redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getCase } from "@/lib/data/cases";
import type { CaseDto } from "@/lib/data/dto";
import type { SessionUser } from "@/lib/data/session";
import { isLocale } from "@/lib/i18n/locales";
import { trackerUser } from "./tracker-user";

/** The opening of every tracker page: a known locale and the signed-in user. */
export async function loadTrackerPage(params: Promise<{ locale: string }>): Promise<{ locale: string; user: SessionUser }> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return { locale, user: await trackerUser(locale) };
}

/**
 * The opening of every page about one case: the above, and a case the user owns. Someone else's
 * case and a case that does not exist look the same: the reader is sent to their own list, which
 * says the case does not exist or is not theirs. That is where a link to a deleted case (from a
 * reminder e-mail, a bookmark) should land, and unlike Next's not-found page (empty without
 * JavaScript when rendered for a dynamic page) it reads the same without JavaScript.
 */
export async function loadOwnedCase(params: Promise<{ locale: string; caseId: string }>): Promise<{ locale: string; caseId: string; user: SessionUser; found: CaseDto }> {
  const { caseId } = await params;
  const { locale, user } = await loadTrackerPage(params);
  const found = getCase(user.id, caseId);
  if (!found) redirect(`/${locale}/tracker?notFound=1`);
  return { locale, caseId, user, found };
}
