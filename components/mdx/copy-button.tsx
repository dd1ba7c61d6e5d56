"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * Copies a text to the clipboard and says so. Rendered only once JavaScript runs (false on the
 * server, true after hydration): without it the text is still there to select and copy.
 */
export function CopyButton({
  text,
  label,
  doneLabel,
}: {
  text: string;
  label: string;
  doneLabel: string;
}) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [done, setDone] = useState(false);
  if (!hydrated) return null;
  return (
    <button
      type="button"
      className="mt-3 rounded-md border border-zinc-400 px-3 py-1 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setDone(true);
        } catch {
          // No clipboard access (plain http, or permission refused): the text above is still
          // there to select and copy by hand.
        }
      }}
    >
      <span aria-live="polite">{done ? doneLabel : label}</span>
    </button>
  );
}
