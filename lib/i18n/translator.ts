import { createTranslator } from "next-intl";
import { readCatalog, type Messages } from "./catalog";
import { defaultLocale, isLocale } from "./locales";

/**
 * Translations outside a page request (e-mails, the reminder job): same catalogs and ICU
 * formatting as the pages, without next-intl's request context.
 */
export function translatorFor<N extends keyof Messages>(locale: string, namespace: N) {
  const safe = isLocale(locale) ? locale : defaultLocale;
  return createTranslator({ locale: safe, messages: readCatalog(safe), namespace });
}
