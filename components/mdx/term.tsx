import type { ReactNode } from "react";

/**
 * A Norwegian term as readers will meet it in letters and on operator sites, followed by its
 * meaning in the reader's language: `<Term no="bindingstid">binding period</Term>`. The term
 * links to its glossary entry.
 */
export function Term({ no, href, children }: { no: string; href?: string; children: ReactNode }) {
  const word = (
    <span lang="nb" className="font-semibold italic">
      {no}
    </span>
  );
  return (
    <span className="term">
      {href ? <a href={href}>{word}</a> : word}{" "}
      <span className="text-zinc-600 dark:text-zinc-300">({children})</span>
    </span>
  );
}
