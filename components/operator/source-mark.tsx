import { Cite } from "@/components/mdx/cite";
import type { GuideSource } from "@/lib/content/guide-schema";
import { sourceNumber } from "@/lib/content/operator-page";

/**
 * After a fact: its numbered citation; or, without a source, either our own editorial note
 * ("we found nothing official") marked as such, or a visible "reported, not confirmed" mark when
 * only third parties say it. A fact never appears without one of the three.
 */
export function SourceMark({
  sourceId,
  note = false,
  sources,
  citeLabel,
  reportedLabel,
  reportedTitle,
  noteLabel,
}: {
  sourceId: string | null | undefined;
  note?: boolean;
  sources: GuideSource[];
  citeLabel: string;
  reportedLabel: string;
  reportedTitle: string;
  noteLabel: string;
}) {
  const found = sourceId ? sourceNumber(sources, sourceId) : null;
  if (found) return <Cite source={found.source} number={found.number} label={citeLabel} />;
  if (note) {
    return (
      <span className="ml-1 inline-block rounded bg-zinc-200 px-1.5 text-xs font-medium text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100">
        {noteLabel}
      </span>
    );
  }
  return (
    <span className="ml-1 inline-block rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
      {reportedLabel}
      <span className="sr-only">: {reportedTitle}</span>
    </span>
  );
}
