import type { ReactNode } from "react";

/**
 * A Norwegian term as readers will meet it in letters and on operator sites, with its meaning
 * in the reader's language: `<Term no="bindingstid">binding period</Term>`. English reads
 * "bindingstid (binding period)"; Chinese puts the meaning first, as the sentence needs it, and
 * the Norwegian word after it in full-width brackets: "合约期（bindingstid）". The Norwegian
 * word links to its glossary entry. Inside brackets the text already gives the meaning, so
 * `(<Term no="kodebrikke" />)` shows the Norwegian word alone: "code device (kodebrikke)", never
 * "code device (kodebrikke (code device))".
 */
export function Term({
  no,
  href,
  fullWidth = false,
  children,
}: {
  no: string;
  href?: string;
  fullWidth?: boolean;
  children?: ReactNode;
}) {
  const word = (
    <span lang="nb" className="font-semibold italic">
      {no}
    </span>
  );
  const linked = href ? <a href={href}>{word}</a> : word;
  if (children === undefined) return <span className="term">{linked}</span>;
  if (fullWidth) {
    return (
      <span className="term">
        {children}
        <span className="text-zinc-600 dark:text-zinc-300">（{linked}）</span>
      </span>
    );
  }
  return (
    <span className="term">
      {linked} <span className="text-zinc-600 dark:text-zinc-300">({children})</span>
    </span>
  );
}
