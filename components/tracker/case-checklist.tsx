import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { generalGuideSlug } from "@/lib/content/guide-slugs";
import { formatDateOnly } from "@/lib/format-date";

type Item = { key: string; section: string; doneOn: string | null };

/**
 * The guide's checklist for this case: each item a one-button form (works without JavaScript),
 * with a link to its guide section. After a tick the page comes back to the item (#item-…).
 */
export async function CaseChecklist({
  items,
  caseId,
  locale,
  languageTag,
  action,
}: {
  items: Item[];
  caseId: string;
  locale: string;
  languageTag: string;
  action: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const label = t(`checklist.${item.key}` as Parameters<typeof t>[0]);
        return (
          <li
            key={item.key}
            id={`item-${item.key}`}
            tabIndex={-1}
            className="flex scroll-mt-4 flex-wrap items-start justify-between gap-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
          >
            <div>
              <p className={item.doneOn ? "line-through decoration-2" : "font-medium"}>
                <span className="sr-only">{item.doneOn ? t("done") : t("notDone")}: </span>
                {label}
              </p>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {item.doneOn
                  ? `${t("doneOn", { date: formatDateOnly(item.doneOn, languageTag) })} · `
                  : null}
                <a
                  href={`/${locale}/guides/${generalGuideSlug}#${item.section}`}
                  className="underline underline-offset-4"
                >
                  {t("howTo")}
                </a>
              </p>
            </div>
            <form action={action}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="caseId" value={caseId} />
              <input type="hidden" name="item" value={item.key} />
              <input type="hidden" name="done" value={item.doneOn ? "false" : "true"} />
              <Button
                variant="secondary"
                className="px-3 py-1 text-sm font-medium"
                aria-label={`${item.doneOn ? t("untick") : t("tick")}: ${label}`}
              >
                {item.doneOn ? t("untick") : t("tick")}
              </Button>
            </form>
          </li>
        );
      })}
    </ul>
  );
}
