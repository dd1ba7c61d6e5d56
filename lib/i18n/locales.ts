import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * The site's locales are exactly the message catalogs in `messages/`: adding a language
 * (Norwegian, say) is a catalog plus its content, with no code to touch. Read once at start-up;
 * the folder is part of the build, never written at run time.
 */
export const defaultLocale = "en";

export const locales: readonly string[] = readdirSync(path.join(process.cwd(), "messages"))
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.slice(0, -".json".length))
  // Default first, then alphabetical: a stable order for the switch and static params.
  .sort((a, b) => (a === defaultLocale ? -1 : b === defaultLocale ? 1 : a.localeCompare(b)));

export function isLocale(value: unknown): value is string {
  return typeof value === "string" && locales.includes(value);
}

export { localeCookie } from "./locale-cookie";
