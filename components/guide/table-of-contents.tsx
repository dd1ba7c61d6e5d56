import type { GuideHeading } from "@/lib/content/headings";

export function TableOfContents({ headings, label }: { headings: GuideHeading[]; label: string }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  return (
    <nav
      aria-label={label}
      className="my-6 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800 print:hidden"
    >
      <p className="mb-2 font-semibold">{label}</p>
      <ol className="list-decimal space-y-1 pl-5">
        {sections.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="underline-offset-4 hover:underline">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
