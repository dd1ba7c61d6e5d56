"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The error page's strings, already formatted on the server. The error boundary
 * (`app/[locale]/error.tsx`) is a client component that ships with every page, so it takes plain
 * strings from this context instead of next-intl's client, whose message formatter would add
 * ~12 KiB gz to every guide.
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

const ErrorPageTextContext = createContext<ErrorPageText | null>(null);

export function ErrorPageTextProvider({
  text,
  children,
}: {
  text: ErrorPageText;
  children: ReactNode;
}) {
  return <ErrorPageTextContext value={text}>{children}</ErrorPageTextContext>;
}

export function useErrorPageText(): ErrorPageText {
  const text = useContext(ErrorPageTextContext);
  if (!text) throw new Error("useErrorPageText outside ErrorPageTextProvider");
  return text;
}
