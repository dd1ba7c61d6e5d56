import { CopyButton } from "./copy-button";
import type { ReactNode } from "react";

/**
 * A Norwegian text for the reader to send, with its meaning beside it:
 * `<NorwegianText meaning="I cancel…">Jeg sier opp…</NorwegianText>`. The Norwegian is plain,
 * selectable text (copying works without JavaScript); the button copies it in one click.
 */
export function NorwegianText({
  text,
  meaning,
  copyLabel,
  copiedLabel,
  meaningLabel,
}: {
  text: string;
  meaning: ReactNode;
  copyLabel: string;
  copiedLabel: string;
  meaningLabel: string;
}) {
  return (
    <figure className="not-prose my-6 rounded-md border border-zinc-300 p-4 dark:border-zinc-700">
      <blockquote lang="nb" className="font-medium whitespace-pre-line">
        {text}
      </blockquote>
      <figcaption className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
        <span className="font-semibold">{meaningLabel}</span> {meaning}
      </figcaption>
      <CopyButton text={text} label={copyLabel} doneLabel={copiedLabel} />
    </figure>
  );
}
