import { htmlLangOf } from "@/lib/i18n/html-lang";
import { locales } from "@/lib/i18n/locales";
import { letterLanguage } from "./fields";

/** The letter's language and every site language, with the tag their dates are written in. */
export function letterLanguageTags(): Record<string, string> {
  return {
    [letterLanguage]: "nb-NO",
    ...Object.fromEntries(locales.map((l) => [l, htmlLangOf(l)])),
  };
}
