import { z } from "zod";
import { generalGuideSlug, portingGuideSlug } from "@/lib/content/guide-slugs";

export const questions = {
  keep: ["yes", "no"],
  type: ["subscription", "prepaid"],
  binding: ["yes", "no", "unsure"],
  recent: ["yes", "no"],
} as const;
export type Question = keyof typeof questions;
export type Answers = { [Q in Question]: (typeof questions)[Q][number] };

const answerSchema = z.object({
  keep: z.enum(questions.keep),
  type: z.enum(questions.type),
  binding: z.enum(questions.binding),
  recent: z.enum(questions.recent),
});

/**
 * Reads the helper's GET parameters. Nothing asked yet → `null`; a partial or tampered
 * submission → the questions still to answer, so the page can say so next to each one.
 */
export function parseAnswers(
  params: Record<string, string | string[] | undefined>,
):
  | { status: "empty" }
  | { status: "incomplete"; missing: Question[]; given: Partial<Answers> }
  | { status: "complete"; answers: Answers } {
  const pick = (key: Question) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const raw = Object.fromEntries((Object.keys(questions) as Question[]).map((q) => [q, pick(q)]));
  if (Object.values(raw).every((v) => v === undefined)) return { status: "empty" };
  const result = answerSchema.safeParse(raw);
  if (result.success) return { status: "complete", answers: result.data };
  const missing = [...new Set(result.error.issues.map((i) => i.path[0] as Question))];
  const given = Object.fromEntries(
    Object.entries(raw).filter(([q]) => !missing.includes(q as Question)),
  ) as Partial<Answers>;
  return { status: "incomplete", missing, given };
}

export type Step = {
  key:
    | "withdraw"
    | "withdraw-keep"
    | "port"
    | "cancel"
    | "binding"
    | "prepaid"
    | "move-codes"
    | "operator";
  href: string;
};

/**
 * The recommended path, in the order to do it: the 14-day withdrawal first (it runs out; for a
 * reader who keeps the number, as a question to ask first, since withdrawing can end the number
 * with the agreement), then
 * what it costs to leave (binding period) and the prepaid credit that may be lost, while it can
 * still change the decision; then moving codes off the number; only then the irreversible step
 * (porting or cancelling). Each step points at the guide that explains it.
 */
export function recommend(answers: Answers, locale: string): Step[] {
  const guide = (slug: string, section = "") =>
    `/${locale}/guides/${slug}${section ? `#${section}` : ""}`;
  const steps: Step[] = [];
  if (answers.recent === "yes")
    steps.push({
      key: answers.keep === "yes" ? "withdraw-keep" : "withdraw",
      href: guide(generalGuideSlug, "withdrawal"),
    });
  if (answers.binding !== "no")
    steps.push({ key: "binding", href: guide(generalGuideSlug, "binding-period") });
  if (answers.type === "prepaid") steps.push({ key: "prepaid", href: guide("prepaid-credit") });
  if (answers.keep === "yes") {
    steps.push({ key: "port", href: guide(portingGuideSlug) });
  } else {
    steps.push({ key: "move-codes", href: guide("before-your-number-goes") });
    steps.push({ key: "cancel", href: guide(generalGuideSlug, "how-to-cancel") });
  }
  steps.push({ key: "operator", href: `/${locale}/operators` });
  return steps;
}
