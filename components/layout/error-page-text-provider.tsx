"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { ErrorPageText } from "./error-page-text";

const ErrorPageTextContext = createContext<ErrorPageText | null>(null);

/** Hands the layout's formatted error strings to the error boundary (see error-page-text.ts). */
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
