import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "progress" | "good" | "done" | "bad" | "muted" | "alert";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-zinc-200 text-zinc-900 dark:bg-zinc-700 dark:text-zinc-100",
  progress: "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100",
  good: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
  done: "bg-emerald-200 text-emerald-950 dark:bg-emerald-800 dark:text-emerald-50",
  bad: "bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100",
  muted: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  alert: "bg-red-700 text-white font-semibold",
};

/** A short label in a pill; the colour is never the only carrier of meaning (the text is). */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${tones[tone]}`}>
      {children}
    </span>
  );
}
