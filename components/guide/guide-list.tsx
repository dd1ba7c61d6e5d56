import { Link } from "@/components/ui/link";
import type { ParsedGuide } from "@/lib/content/parse-guide";
import { formatDateOnly } from "@/lib/format-date";

/** The guides of one locale as cards: title, summary and when they were last checked. */
export function GuideList({
  guides,
  locale,
  languageTag,
  lastCheckedLabel,
}: {
  guides: ParsedGuide[];
  locale: string;
  languageTag: string;
  lastCheckedLabel: (date: string) => string;
}) {
  return (
    <ul className="space-y-4">
      {guides.map((guide) => (
        <li key={guide.slug} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <h3 className="text-lg font-semibold">
            <Link
              href={`/${locale}/guides/${guide.slug}`}
              className="underline-offset-4 hover:underline"
            >
              {guide.frontmatter.title}
            </Link>
          </h3>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">{guide.frontmatter.summary}</p>
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            {lastCheckedLabel(formatDateOnly(guide.frontmatter.lastChecked, languageTag))}
          </p>
        </li>
      ))}
    </ul>
  );
}
