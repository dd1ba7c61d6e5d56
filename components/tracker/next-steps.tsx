import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FactText } from "@/components/operator/fact-text";
import type { GuideSource } from "@/lib/content/guide-schema";
import { complaintsGuideSlug } from "@/lib/content/guide-slugs";
import type { Fact, Operator } from "@/lib/content/operator-schema";
import { formatDateOnly } from "@/lib/format-date";
import { SourceLink } from "./source-link";

export type NextStepsReason = "overdue" | "rejected" | "disputed";

/**
 * Where people are left alone today: no confirmation in time, a refusal, a final bill that
 * charges after the end. The way forward, in order: chase in writing, a written complaint to the
 * operator, then Brukerklagenemnda (with the rule and its source from the operator data).
 */
export async function NextSteps({
  reason,
  operatorName,
  operator,
  complaintFacts,
  sources,
  endsOn,
  locale,
  languageTag,
}: {
  reason: NextStepsReason;
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
  return (
    <div className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
      <p className="font-semibold">
        {t(`why.${reason}`, {
          name: operatorName,
          date: endsOn ? formatDateOnly(endsOn, languageTag) : "",
        })}
      </p>
      <ol className="mt-3 list-decimal space-y-2 pl-5">
        <li>
          {t(`first.${reason}`, {
            name: operatorName,
            date: endsOn ? formatDateOnly(endsOn, languageTag) : "",
          })}
        </li>
        <li>{t("complain", { name: operatorName })}</li>
        <li>
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
