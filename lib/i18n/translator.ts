import { createTranslator } from "next-intl";
import { readCatalog, type Messages } from "./catalog";
import { defaultLocale, isLocale } from "./locales";

const translators = new Map<string, unknown>();

/**
 * Translations outside a page request (e-mails, the reminder job): same catalogs and ICU
 * formatting as the pages, without next-intl's request context. One translator per locale and
 * namespace for the life of the process, like the catalogs it reads: a translator keeps the
 * parsed ICU messages it has used, and parsing them again for every e-mail was a third of the
 * reminder sweep's time.
 */
export function translatorFor<N extends keyof Messages>(locale: string, namespace: N) {
  const safe = isLocale(locale) ? locale : defaultLocale;
  const key = `${safe}\0${namespace}`;
  let translator = translators.get(key) as
    ReturnType<typeof createTranslator<Messages, N>> | undefined;
  if (!translator) {
    translator = createTranslator({ locale: safe, messages: readCatalog(safe), namespace });
    translators.set(key, translator);
  }
  return translator;
}
