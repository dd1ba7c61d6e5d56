"use client";

import { useEffect, useRef } from "react";

/**
 * What went wrong with a submitted form, at its top: the form-level message and a link to each
 * field with a problem. It takes the focus when it appears, so keyboard and screen-reader users
 * land on it instead of being left at the button they pressed.
 */
export function ErrorSummary({
  message,
  errors,
  labelOf,
  formKey,
}: {
  message?: string;
  errors: { field: string; message: string }[];
  labelOf: (field: string) => string;
  /** Changes with every answer, so a second failed submit moves the focus again. */
  formKey: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [formKey]);
  if (!message && errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="rounded-md border border-red-400 bg-red-50 p-3 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      {message ? <p className="font-semibold">{message}</p> : null}
      {errors.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {errors.map(({ field, message: text }) => (
            <li key={field}>
              <a href={`#${field}`} className="underline underline-offset-4">
                {labelOf(field)}: {text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
