import { letterLanguage } from "@/lib/letters/fields";

/**
 * A letter paragraph by paragraph: the Norwegian to send, and beside it (below it on a phone)
 * what it means in the reader's language. The Norwegian column is marked lang="nb" so screen
 * readers and translation tools treat it as Norwegian.
 */
export function LetterText({
  subject,
  paragraphs,
  locale,
  labels,
}: {
  subject: Record<string, string>;
  paragraphs: Record<string, string>[];
  locale: string;
  labels: { sendThis: string; meaning: string; subject: string };
}) {
  const rows = [{ ...subject, isSubject: "1" }, ...paragraphs];
  return (
    <div className="overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
      <div className="hidden grid-cols-2 gap-4 bg-zinc-100 px-4 py-2 text-sm font-semibold md:grid dark:bg-zinc-900">
        <span>{labels.sendThis}</span>
        <span>{labels.meaning}</span>
      </div>
      <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {rows.map((p, i) => (
          <li key={i} className="grid gap-1 px-4 py-3 md:grid-cols-2 md:gap-4">
            <p
              lang="nb"
              className={`whitespace-pre-line ${"isSubject" in p ? "font-semibold" : ""}`}
            >
              {"isSubject" in p ? <span className="sr-only">{labels.subject}: </span> : null}
              {p[letterLanguage]}
            </p>
            <p className="whitespace-pre-line text-zinc-700 dark:text-zinc-300">
              <span className="sr-only md:hidden">{labels.meaning}: </span>
              {p[locale] ?? ""}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
