import { readFileSync } from "node:fs";
import type en from "@/messages/en.json";

type Catalog = typeof en;
const read = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Catalog;

/** The UI strings the specs look for, from the app's own catalogs, so each spec runs in both languages. */
export const catalogs = { en: read("en"), zh: read("zh") } as const;
export type Locale = keyof typeof catalogs;
export const specLocales: Locale[] = ["en", "zh"];
