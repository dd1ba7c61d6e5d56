import { readCatalog } from "./catalog";

// Each catalog describes itself (meta.htmlLang, meta.languageName), so a new language needs
// no code: `zh` is served as `zh-Hans` and offered in the switch as "中文".

export function htmlLangOf(locale: string): string {
  return readCatalog(locale).meta.htmlLang;
}

export function languageNameOf(locale: string): string {
  return readCatalog(locale).meta.languageName;
}
