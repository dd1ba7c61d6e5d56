import type { GuideSource } from "@/lib/content/guide-schema";

/** A numbered reference to one of the guide's sources (`<Cite id="nkom-porting" />`). */
export function Cite({
  source,
  number,
  label,
}: {
  source: GuideSource;
  number: number;
  label: string;
}) {
  return (
    <sup className="cite">
      <a
        href={`#source-${source.id}`}
        aria-label={`${label} ${number}: ${source.title}`}
        className="no-underline"
      >
        [{number}]
      </a>
    </sup>
  );
}
