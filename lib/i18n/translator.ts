import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import type en from "@/messages/en.json";
import { defaultLocale, isLocale } from "./locales";

type Messages = typeof en;
const catalogs = new Map<string, Messages>();

function catalog(locale: string): Messages {
  let messages = catalogs.get(locale);
  if (!messages) {
    messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Messages;
    catalogs.set(locale, messages);
  }
  return messages;
}

/**
 * Translations outside a page request (e-mails, the reminder job): same catalogs and ICU
 * formatting as the pages, without next-intl's request context.
 */
export function translatorFor<N extends keyof Messages>(locale: string, namespace: N) {
  const safe = isLocale(locale) ? locale : defaultLocale;
  return createTranslator({ locale: safe, messages: catalog(safe), namespace });
}
