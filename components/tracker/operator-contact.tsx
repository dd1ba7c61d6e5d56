import { getTranslations } from "next-intl/server";
import { FactText } from "@/components/operator/fact-text";
import { Link } from "@/components/ui/link";
import type { GuideSource } from "@/lib/content/guide-schema";
import type { Operator } from "@/lib/content/operator-schema";
import { SourceLink } from "./source-link";

/**
 * How to reach the operator of a case, from the operator data: phone, the ways it takes
 * cancellations and its website, each with its source mark; and the operator's guide.
 */
export async function OperatorContact({
  operator,
  providerLabel,
  sources,
  locale,
}: {
  operator: Operator | null;
  providerLabel: string;
  sources: GuideSource[];
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: "tracker.contact" });
  const to = await getTranslations({ locale, namespace: "operators" });
  if (!operator) {
    return (
      <p>
        {t("other", { name: providerLabel })}{" "}
        <Link href={`/${locale}/guides/other-operators`} className="underline underline-offset-4">
          {t("otherGuide")}
        </Link>
      </p>
    );
  }
  const mark = (sourceId: string | null | undefined) => (
    <SourceLink
      sourceId={sourceId}
      sources={sources}
      sourceLabel={t("source")}
      reportedLabel={to("reported")}
    />
  );
  return (
    <div className="space-y-2">
      <ul className="space-y-1">
        {operator.phone ? (
          <li>
            {t("phone")} <FactText text="{phone}" operator={operator} />
            {mark(operator.phone.source)}
          </li>
        ) : null}
        {operator.channels ? (
          <li>
            {t("ways", {
              channels: operator.channels.list
                .map((c) => to(`channelNames.${c}`))
                .join(locale === "zh" ? "、" : ", "),
            })}
            {mark(operator.channels.source)}
          </li>
        ) : null}
        <li>
          <a href={operator.website} className="underline underline-offset-4">
            {to("website", { name: operator.name })}
          </a>
        </li>
      </ul>
      <p>
        <Link
          href={`/${locale}/operators/${operator.id}`}
          className="font-medium underline underline-offset-4"
        >
          {to("guideTitle", { name: operator.name })}
        </Link>
      </p>
    </div>
  );
}
