import type { GuideSource } from "@/lib/content/guide-schema";

/**
 * After a fact on a tracker page: a link to its official source, or the visible "reported, not
 * confirmed" mark when only third parties say so (the operator guide explains both).
 */
export function SourceLink({
  sourceId,
  sources,
  sourceLabel,
  reportedLabel,
}: {
  sourceId: string | null | undefined;
  sources: GuideSource[];
  sourceLabel: string;
  reportedLabel: string;
}) {
  const source = sourceId ? sources.find((s) => s.id === sourceId) : undefined;
  if (source) {
    return (
      <a
        href={source.url}
        className="ml-1 text-sm whitespace-nowrap underline underline-offset-4"
        title={source.title}
      >
        [{sourceLabel}
        <span className="sr-only">: {source.title}</span>]
      </a>
    );
  }
  return (
    <span className="ml-1 inline-block rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
      {reportedLabel}
    </span>
  );
}
