import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getCase } from "@/lib/data/cases";
import { requireUser } from "@/lib/data/session";
import { isLocale } from "@/lib/i18n/locales";

/**
 * The opening of every page about one case: a known locale, a signed-in user (or a sign-in that
 * returns to `/<locale>/tracker/<id><subpath>`), and a case that user owns. Someone else's case
 * and a case that does not exist look the same: 404.
 */
export async function loadOwnedCase(params: Promise<{ locale: string; caseId: string }>, subpath = "") {
  const { locale, caseId } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/tracker/${caseId}${subpath}`);
  const found = getCase(user.id, caseId);
  if (!found) notFound();
  return { locale, caseId, user, found };
}
