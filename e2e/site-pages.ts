import { locales } from "@/lib/i18n/locales";
import { readGuides } from "@/lib/content/read-guides";
import type { ParsedGuide } from "@/lib/content/parse-guide";

/** Every guide file found in content/, so a new guide is tested without touching the specs. */
export async function allGuides(): Promise<ParsedGuide[]> {
  return (await Promise.all(locales.map((locale) => readGuides(locale)))).flat();
}

/** Every page of the site: home and guide index per locale, plus every guide. */
export async function allPages(): Promise<string[]> {
  const guides = await allGuides();
  return [
    ...locales.flatMap((locale) => [`/${locale}`, `/${locale}/guides`]),
    ...guides.map((guide) => `/${guide.locale}/guides/${guide.slug}`),
  ];
}

export { locales };
