import type { ParsedGuide } from "@/lib/content/parse-guide";
import { readGuides } from "@/lib/content/read-guides";
import { readOperators } from "@/lib/content/read-operators";
import { locales } from "@/lib/i18n/locales";

/** Every guide file found in content/, so a new guide is tested without touching the specs. */
export async function allGuides(): Promise<ParsedGuide[]> {
  return (await Promise.all(locales.map((locale) => readGuides(locale)))).flat();
}

/** Every page of the site in every locale, including a helper result and a search. */
export async function allPages(): Promise<string[]> {
  const guides = await allGuides();
  const { operators } = await readOperators();
  return [
    ...locales.flatMap((locale) => [
      `/${locale}`,
      `/${locale}/guides`,
      `/${locale}/operators`,
      `/${locale}/glossary`,
      `/${locale}/helper`,
      `/${locale}/helper?keep=no&type=prepaid&binding=unsure&recent=yes`,
      `/${locale}/search?q=bankid`,
      `/${locale}/sign-in`,
      `/${locale}/sign-in/check-email`,
      `/${locale}/sign-in/error?error=Verification`,
      ...operators.map((operator) => `/${locale}/operators/${operator.id}`),
    ]),
    ...guides.map((guide) => `/${guide.locale}/guides/${guide.slug}`),
  ];
}

export { locales };
