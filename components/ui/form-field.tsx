import type { ReactNode } from "react";

/** A labelled field with its hint and its error right under it, tied together for screen readers. */
export function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-zinc-400 bg-white px-3 py-2 aria-invalid:border-red-600 dark:border-zinc-600 dark:bg-zinc-900 dark:aria-invalid:border-red-400";

/** aria attributes for an input inside FormField. */
export function describedBy(id: string, opts: { hint?: boolean; error?: boolean }) {
  const ids = [opts.hint ? `${id}-hint` : null, opts.error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return { "aria-describedby": ids || undefined, "aria-invalid": opts.error ? true : undefined };
}

/** A checkbox with its label, ticked from the form values ("on") the server sent back. */
export function Checkbox({
  name,
  label,
  checked,
  className,
}: {
  name: string;
  label: string;
  checked: boolean;
  className?: string;
}) {
  return (
    <label className={`flex items-center gap-2 ${className ?? ""}`}>
      <input type="checkbox" name={name} defaultChecked={checked} className="size-4" />
      {label}
    </label>
  );
}
