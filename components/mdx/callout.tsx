import type { ReactNode } from "react";

const styles = {
  info: "border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40",
  warning: "border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40",
} as const;

/** A boxed note in a guide. `warning` is for what costs money or loses the number. */
export function Callout({
  type = "info",
  title,
  children,
}: {
  type?: keyof typeof styles;
  title?: string;
  children: ReactNode;
}) {
  return (
    <aside className={`not-prose my-6 rounded-md border-l-4 p-4 ${styles[type]}`} role="note">
      {title ? <p className="mb-1 font-semibold">{title}</p> : null}
      <div className="space-y-2 [&_a]:underline [&_ul]:list-disc [&_ul]:pl-5">{children}</div>
    </aside>
  );
}
