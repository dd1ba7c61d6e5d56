import { getTranslations } from "next-intl/server";
import { formatDateOnly } from "@/lib/format-date";
import type { ProgressStep } from "@/lib/tracker/progress";

/**
 * Planned → sent → confirmed → service ends → final bill, as an ordered list drawn as a line:
 * each step says in words what state it is in and its date (done, or expected), so it reads the
 * same without colour, without JavaScript and to a screen reader. The look lives in globals.css
 * (`.progress-line`, keyed on `data-state`, with each step's dot and connector drawn there): the
 * dashboard draws this 25 times per page, and the utility classes and decorative elements it used
 * to carry were a quarter of the page's bytes and a fifth of its elements.
 */
export async function ProgressLine({
  steps,
  locale,
  languageTag,
  compact = false,
}: {
  steps: ProgressStep[];
  locale: string;
  languageTag: string;
  compact?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "tracker.progress" });
  return (
    <ol
      aria-label={t("label")}
      className={compact ? "progress-line progress-line-compact" : "progress-line"}
    >
      {steps.map((step) => {
        const date = step.date ? unbreakable(formatDateOnly(step.date, languageTag)) : null;
        const shown = !compact || step.state === "current" || step.state === "overdue";
        return (
          <li
            key={step.key}
            data-state={step.state}
            aria-current={step.state === "current" ? "step" : undefined}
          >
            <span className="progress-label">{t(`step.${step.key}`)}</span>
            <span className={shown ? "progress-state" : "sr-only"}>
              {t(`state.${step.state}`, { date: date ?? "none" })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * A date that never breaks across lines (five steps share a 360 px screen): no-break spaces, and
 * word joiners between CJK characters, which may otherwise break anywhere ("2026年11月 / 27日").
 */
function unbreakable(date: string): string {
  return date
    .replace(/ /g, "\u00a0")
    .replace(/(?<=[\u3000-\u9fff])(?=[\u3000-\u9fff\d])|(?<=\d)(?=[\u3000-\u9fff])/g, "\u2060");
}
