import { getTranslations } from "next-intl/server";
import { setChecklistItemAction } from "@/app/[locale]/tracker/actions";
import { formatDateOnly } from "@/lib/format-date";
import { checklistGuideSlug } from "@/lib/tracker/checklist";

type Item = { key: string; section: string; doneOn: string | null };

/** The guide's checklist for this case: each item a one-button form, with a link to its guide section. */
export async function CaseChecklist({ items, caseId, locale, languageTag }: { items: Item[]; caseId: string; locale: string; languageTag: string }) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const label = t(`checklist.${item.key}` as Parameters<typeof t>[0]);
        return (
          <li key={item.key} className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
            <div>
              <p className={item.doneOn ? "line-through decoration-2" : "font-medium"}>{label}</p>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {item.doneOn ? `${t("doneOn", { date: formatDateOnly(item.doneOn, languageTag) })} · ` : null}
                <a href={`/${locale}/guides/${checklistGuideSlug}#${item.section}`} className="underline underline-offset-4">{t("howTo")}</a>
              </p>
            </div>
            <form action={setChecklistItemAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="caseId" value={caseId} />
              <input type="hidden" name="item" value={item.key} />
              <input type="hidden" name="done" value={item.doneOn ? "false" : "true"} />
              <button type="submit" className="rounded-md border border-zinc-400 px-3 py-1 text-sm dark:border-zinc-600" aria-label={`${item.doneOn ? t("untick") : t("tick")}: ${label}`}>
                {item.doneOn ? t("untick") : t("tick")}
              </button>
            </form>
          </li>
        );
      })}
    </ul>
  );
}
