import type { GuideSource } from "@/lib/content/guide-schema";

/** The numbered sources of a guide; `<Cite>` links point at these entries. */
export function SourceList({ sources, heading, lastCheckedLabel }: { sources: GuideSource[]; heading: string; lastCheckedLabel?: string }) {
  return (
    <section aria-labelledby="sources" className="guide-sources mt-10 border-t border-zinc-300 pt-6 dark:border-zinc-700">
      <h2 id="sources">{heading}</h2>
      {lastCheckedLabel ? <p className="text-sm text-zinc-600 dark:text-zinc-300">{lastCheckedLabel}</p> : null}
      <ol>
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <a href={source.url} rel="noopener noreferrer external">
              {source.title}
            </a>
            <span className="block break-all text-xs text-zinc-600 dark:text-zinc-400">{source.url}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
