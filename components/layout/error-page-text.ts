/**
 * The error page's strings, formatted on the server by the layout and handed to the error
 * boundary (`app/[locale]/error.tsx`) through ErrorPageTextProvider. The boundary is a client
 * component that ships with every page, so it takes plain strings instead of next-intl's client,
 * whose message formatter would add ~12 KiB gz to every guide. (A plain module: the layout, a
 * server component, needs `DIGEST_SLOT` as a value, which a "use client" module cannot give it.)
 */
export type ErrorPageText = {
  title: string;
  body: string;
  retry: string;
  home: string;
  homeHref: string;
  /** The reference line with `DIGEST_SLOT` where the error's digest goes. */
  reference: string;
};

/** Stands in for the digest, which only the client knows, in the server-formatted message. */
export const DIGEST_SLOT = "{digest}";

export function referenceLine(text: ErrorPageText, digest: string): string {
  // A function, so that "$&" and the like in a digest stay as they are.
  return text.reference.replace(DIGEST_SLOT, () => digest);
}
