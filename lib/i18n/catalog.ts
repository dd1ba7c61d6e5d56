import { readFileSync } from "node:fs";
import path from "node:path";
import type en from "@/messages/en.json";

export type Messages = typeof en;
const catalogs = new Map<string, Messages>();

/** A locale's message catalog, read once per process (outside next-intl's request config). */
export function readCatalog(locale: string): Messages {
  let messages = catalogs.get(locale);
  if (!messages) {
    messages = JSON.parse(
      readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"),
    ) as Messages;
    catalogs.set(locale, messages);
  }
  return messages;
}
