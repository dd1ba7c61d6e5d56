import "server-only";
import { notFound, redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getCase } from "@/lib/data/cases";
import type { CaseDto, LetterDto } from "@/lib/data/dto";
import { getLetter } from "@/lib/data/letters";
import type { SessionUser } from "@/lib/data/session";
import { isLocale } from "@/lib/i18n/locales";
import { trackerUser } from "./tracker-user";

/** The opening of every tracker page: a known locale and the signed-in user. */
export async function loadTrackerPage(
  params: Promise<{ locale: string }>,
): Promise<{ locale: string; user: SessionUser }> {
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
export async function loadOwnedCase(
  params: Promise<{ locale: string; caseId: string }>,
): Promise<{ locale: string; caseId: string; user: SessionUser; found: CaseDto }> {
  const { caseId } = await params;
  const { locale, user } = await loadTrackerPage(params);
  const found = getCase(user.id, caseId);
  if (!found) redirect(`/${locale}/tracker?notFound=1`);
  return { locale, caseId, user, found };
}

/** Where a link to a letter that does not exist lands: its case, which says so. */
export const missingLetterPath = (locale: string, caseId: string) =>
  `/${locale}/tracker/${caseId}?missing=letter`;

/**
 * The opening of a page about one letter: the above, and a letter of that case. A letter id that
 * is not the case's (a mistyped or stale link) leads to the case page, which says the letter does
 * not exist, for the same reason as above.
 */
export async function loadOwnedLetter(
  params: Promise<{ locale: string; caseId: string; letterId: string }>,
): Promise<{
  locale: string;
  caseId: string;
  user: SessionUser;
  found: CaseDto;
  letter: LetterDto;
}> {
  const { letterId } = await params;
  const owned = await loadOwnedCase(params);
  const letter = getLetter(owned.user.id, owned.caseId, letterId);
  if (!letter) redirect(missingLetterPath(owned.locale, owned.found.id));
  return { ...owned, letter };
}
