"use client";

import { useSyncExternalStore } from "react";
import { buttonClass } from "./button";

const noSubscription = () => () => {};

/** Opens the browser's print dialog. Only drawn once JavaScript runs; the browser's own Print works anyway. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={buttonClass("primary", "print:hidden")}
    >
      {label}
    </button>
  );
}
