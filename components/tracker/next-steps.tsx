import { getTranslations } from "next-intl/server";
import { FactText } from "@/components/operator/fact-text";
import { Link } from "@/components/ui/link";
import type { GuideSource } from "@/lib/content/guide-schema";
import { complaintsGuideSlug } from "@/lib/content/guide-slugs";
import type { Fact, Operator } from "@/lib/content/operator-schema";
import { formatDateOnly } from "@/lib/format-date";
import type { NextStepsStage } from "@/lib/tracker/next-steps-stage";
import { SourceLink } from "./source-link";

/**
 * Where people are left alone today: no confirmation in time, a refusal, a final bill that
 * charges after the end. The way forward, in order: chase in writing, a written complaint to the
 * operator, then Brukerklagenemnda (with the rule and its source from the operator data).
 */
export async function NextSteps({
  stage,
  operatorName,
  operator,
  complaintFacts,
  sources,
  endsOn,
  locale,
  languageTag,
}: {
  stage: NextStepsStage;
  operatorName: string;
  operator: Pick<Operator, "name" | "phone"> | null;
  complaintFacts: Fact[];
  sources: GuideSource[];
  endsOn: string | null;
  locale: string;
  languageTag: string;
}) {
  const t = await getTranslations({ locale, namespace: "tracker.nextSteps" });
  const to = await getTranslations({ locale, namespace: "operators" });
  const forFacts = operator ?? { name: operatorName, phone: null };
  const format = (date: string | null) => (date ? formatDateOnly(date, languageTag) : "");
  const step = (n: 1 | 2 | 3) =>
    n === stage.current
      ? { "aria-current": "step" as const, className: "font-semibold" }
      : n < stage.current
        ? { className: "text-amber-900/80 dark:text-amber-100/80" }
        : {};
  // "Done" only for what the case records as done (a chase or a complaint sent, with its date).
  const done = (n: 1 | 2, on: string | null) =>
    n < stage.current && on ? (
      <span className="font-medium">{t("doneOn", { date: format(on) })} </span>
    ) : null;
  return (
    <div className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
      <p className="font-semibold">
        {t(`why.${stage.situation}`, {
          name: operatorName,
          date: format(stage.dueOn ?? endsOn),
          chasedOn: format(stage.chasedOn),
          complainedOn: format(stage.complainedOn),
        })}
      </p>
      <ol className="mt-3 list-decimal space-y-2 pl-5">
        <li {...step(1)}>
          {done(1, stage.chasedOn)}
          {t(`first.${stage.reason}`, { name: operatorName, date: format(endsOn) })}
        </li>
        <li {...step(2)}>
          {done(2, stage.complainedOn)}
          {t("complain", { name: operatorName })}
        </li>
        <li {...step(3)}>
          {t("bkn")}
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {complaintFacts.map((fact, index) => (
              <li key={index}>
                <FactText text={fact.text[locale] ?? fact.text.en ?? ""} operator={forFacts} />
                <SourceLink
                  sourceId={fact.source}
                  sources={sources}
                  sourceLabel={t("source")}
                  reportedLabel={to("reported")}
                />
              </li>
            ))}
          </ul>
        </li>
      </ol>
      <p className="mt-3">
        <Link
          href={`/${locale}/guides/${complaintsGuideSlug}`}
          className="font-medium underline underline-offset-4"
        >
          {t("guide")}
        </Link>
      </p>
    </div>
  );
}
