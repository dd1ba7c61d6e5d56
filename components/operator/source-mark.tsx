import { Cite } from "@/components/mdx/cite";
import type { GuideSource } from "@/lib/content/guide-schema";
import { sourceNumber } from "@/lib/content/operator-page";

/**
 * After a fact: its numbered citation, or, when only third parties report it, a visible
 * "reported, not confirmed" mark. A fact never appears without one or the other.
 */
export function SourceMark({ sourceId, sources, citeLabel, reportedLabel, reportedTitle }: {
  sourceId: string | null | undefined;
  sources: GuideSource[];
  citeLabel: string;
  reportedLabel: string;
  reportedTitle: string;
}) {
  const found = sourceId ? sourceNumber(sources, sourceId) : null;
  if (found) return <Cite source={found.source} number={found.number} label={citeLabel} />;
  return (
    <span className="ml-1 inline-block rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
      {reportedLabel}
      <span className="sr-only">: {reportedTitle}</span>
    </span>
  );
}
