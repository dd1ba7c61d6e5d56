import { StatusBadge } from "@/components/tracker/status-badge";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import type { CaseDto } from "@/lib/data/dto";
import { formatDateOnly } from "@/lib/format-date";
import type { CaseModel } from "@/lib/tracker/case-model";
import { maskPhone } from "@/lib/tracker/phone";
import { providerName, type ProviderOption } from "@/lib/tracker/providers";
import type { getTranslations } from "next-intl/server";

type Props = {
  found: CaseDto;
  model: CaseModel;
  /** The page's: a card stays synchronous (an async one is a task and a payload row of its own). */
  t: Awaited<ReturnType<typeof getTranslations<"tracker">>>;
  locale: string;
  languageTag: string;
  options: readonly ProviderOption[];
};

/**
 * One case on the dashboard, in two short lines: its name (the user's own, or the operator's) and
 * masked number as a heading screen readers can jump between (ten Telia lines stay apart), its
 * status; then the operator (under a nickname), the next date and whose move it is. The checkbox
 * belongs to the dashboard's bulk form.
 */
export function CaseCard({ found, model, t, locale, languageTag, options }: Props) {
  const operator = providerName(found, options);
  const title = found.nickname ?? operator;
  const facts = [
    found.nickname ? operator : null,
    model.next
      ? t(`deadline.${model.next.kind}`, { date: formatDateOnly(model.next.on, languageTag) })
      : null,
    model.waitingOn === "nobody" ? null : t(`list.turn.${model.waitingOn}`),
  ].filter(Boolean);
  const masked = maskPhone(found.phoneNumber);
  return (
    <li className="flex items-start gap-3 py-3">
      <input
        type="checkbox"
        name="caseId"
        value={found.id}
        aria-label={t("list.bulk.select", { name: `${title} ${masked}` })}
        className="mt-1.5 size-5 shrink-0"
      />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h2 className="min-w-0 text-lg font-semibold break-words">
            <Link href={`/${locale}/tracker/${found.id}`} className="underline underline-offset-4">
              {title}
            </Link>{" "}
            <span className="text-base font-normal whitespace-nowrap text-zinc-700 dark:text-zinc-300">
              {masked}
            </span>
          </h2>
          {model.overdue ? <Badge tone="alert">{t("overdue")}</Badge> : null}
          <StatusBadge status={found.status} label={t(`status.${found.status}`)} />
        </div>
        <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">{facts.join(" · ")}</p>
      </div>
    </li>
  );
}
