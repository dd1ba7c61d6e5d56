"use client";

import { referenceLine } from "@/components/layout/error-page-text";
import { useErrorPageText } from "@/components/layout/error-page-text-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { Link } from "@/components/ui/link";

/**
 * When rendering a page fails unexpectedly: a localized message with a way back, never a bare
 * 500. (Forms keep their input themselves: their actions answer "could not save" instead.)
 * This boundary ships with every page, so it uses only plain strings and unmerged button classes.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const text = useErrorPageText();
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{text.title}</h1>
      <p>{text.body}</p>
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" onClick={reset} className={buttonStyles("primary")}>
          {text.retry}
        </button>
        <Link href={text.homeHref} className="underline underline-offset-4">
          {text.home}
        </Link>
      </div>
      {error.digest ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {referenceLine(text, error.digest)}
        </p>
      ) : null}
    </div>
  );
}
