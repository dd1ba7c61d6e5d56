import { readFileSync } from "node:fs";
import path from "node:path";
import { locales } from "./locales";

type LocaleMeta = { htmlLang: string; languageName: string };

// Each catalog describes itself (meta.htmlLang, meta.languageName), so a new language needs
// no code: `zh` is served as `zh-Hans` and offered in the switch as "中文".
const metaByLocale = new Map<string, LocaleMeta>(
  locales.map((locale) => {
    const catalog = JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));
    return [locale, { htmlLang: String(catalog.meta.htmlLang), languageName: String(catalog.meta.languageName) }];
  }),
);

export function htmlLangOf(locale: string): string {
  return metaByLocale.get(locale)?.htmlLang ?? locale;
}

export function languageNameOf(locale: string): string {
  return metaByLocale.get(locale)?.languageName ?? locale;
}
