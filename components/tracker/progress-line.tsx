import { getTranslations } from "next-intl/server";
import { formatDateOnly } from "@/lib/format-date";
import type { ProgressStep, StepState } from "@/lib/tracker/progress";

const marks: Record<StepState, { symbol: string; circle: string; text: string }> = {
  done: { symbol: "✓", circle: "bg-emerald-700 text-white border-emerald-700", text: "" },
  current: { symbol: "●", circle: "bg-white text-sky-800 border-sky-700 dark:bg-zinc-950 dark:text-sky-300", text: "font-semibold" },
  upcoming: { symbol: "", circle: "bg-white border-zinc-400 dark:bg-zinc-950", text: "text-zinc-600 dark:text-zinc-400" },
  overdue: { symbol: "!", circle: "bg-amber-400 text-amber-950 border-amber-600", text: "font-semibold text-amber-900 dark:text-amber-300" },
  problem: { symbol: "✕", circle: "bg-red-700 text-white border-red-700", text: "font-semibold text-red-800 dark:text-red-300" },
  skipped: { symbol: "–", circle: "bg-zinc-100 text-zinc-500 border-zinc-300 dark:bg-zinc-800", text: "text-zinc-500 line-through" },
};

/**
 * Planned → sent → confirmed → service ends → final bill, as an ordered list drawn as a line:
 * each step says in words what state it is in and its date (done, or expected), so it reads the
 * same without colour, without JavaScript and to a screen reader.
 */
export async function ProgressLine({ steps, locale, languageTag, compact = false }: { steps: ProgressStep[]; locale: string; languageTag: string; compact?: boolean }) {
  const t = await getTranslations({ locale, namespace: "tracker.progress" });
  return (
    <ol aria-label={t("label")} className={`grid grid-cols-5 ${compact ? "text-xs" : "text-sm"}`}>
      {steps.map((step, index) => {
        const mark = marks[step.state];
        const date = step.date ? formatDateOnly(step.date, languageTag) : null;
        return (
          <li key={step.key} aria-current={step.state === "current" ? "step" : undefined} className="relative flex flex-col items-center px-0.5 text-center">
            {index > 0 ? <span aria-hidden="true" className={`absolute top-3 right-1/2 h-0.5 w-full ${step.state === "done" ? "bg-emerald-700" : "bg-zinc-300 dark:bg-zinc-700"} ${compact ? "top-2" : ""}`} /> : null}
            <span aria-hidden="true" className={`relative z-10 flex items-center justify-center rounded-full border-2 font-bold ${compact ? "size-4 text-[0.6rem]" : "size-6 text-xs"} ${mark.circle}`}>
              {mark.symbol}
            </span>
            <span className={`mt-1 leading-tight ${mark.text}`}>{t(`step.${step.key}`)}</span>
            {!compact || step.state === "current" || step.state === "overdue" ? (
              <span className="leading-tight text-zinc-700 dark:text-zinc-300">{t(`state.${step.state}`, { date: date ?? "none" })}</span>
            ) : (
              <span className="sr-only">{t(`state.${step.state}`, { date: date ?? "none" })}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
