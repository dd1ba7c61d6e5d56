import type { ReactNode } from "react";

/**
 * A Norwegian term as readers will meet it in letters and on operator sites, followed by its
 * meaning in the reader's language: `<Term no="bindingstid">binding period</Term>`.
 */
export function Term({ no, children }: { no: string; children: ReactNode }) {
  return (
    <span className="term">
      <span lang="nb" className="font-semibold italic">
        {no}
      </span>{" "}
      <span className="text-zinc-600 dark:text-zinc-300">({children})</span>
    </span>
  );
}
