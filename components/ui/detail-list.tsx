import type { ReactNode } from "react";

/** Label–value pairs: one column on a phone, two from `sm` up. */
export function DetailList({
  items,
}: {
  items: [label: string | { key: string; node: ReactNode }, value: string][];
}) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
      {items.map(([label, value]) => (
        <div key={typeof label === "string" ? label : label.key} className="contents">
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">
            {typeof label === "string" ? label : label.node}
          </dt>
          <dd className="mb-2 break-words sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
