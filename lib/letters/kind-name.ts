import { getTranslations } from "next-intl/server";

/**
 * A letter kind's name in the reader's language. A stored letter keeps the kind it was made
 * with, and a later version of content/letters/ may no longer have it: such a kind shows as
 * `unknown(kind)` (by default, as stored) instead of a missing-message error.
 */
export async function letterKindNames(
  locale: string,
  unknown: (kind: string) => string = (kind) => kind,
): Promise<(kind: string) => string> {
  const t = await getTranslations({ locale, namespace: "letters" });
  return (kind) => {
    const key = `kind.${kind}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : unknown(kind);
  };
}
