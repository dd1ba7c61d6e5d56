import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { LetterDto } from "@/lib/data/dto";
import { formatDateOnly, formatInstantDay } from "@/lib/format-date";
import type { LetterKind } from "@/lib/letters/fields";
import { letterKindNames } from "@/lib/letters/kind-name";

/** The case page's letters: the ones this case calls for now, and the ones already prepared. */
export async function LettersPanel({
  caseId,
  locale,
  languageTag,
  timeZone,
  available,
  letters,
}: {
  caseId: string;
  locale: string;
  languageTag: string;
  timeZone: string;
  available: LetterKind[];
  letters: LetterDto[];
}) {
  const t = await getTranslations({ locale, namespace: "letters" });
  const kindName = await letterKindNames(locale);
  return (
    <div className="space-y-4">
      <p>{t("intro")}</p>
      {available.length > 0 ? (
        <ul className="space-y-3">
          {available.map((kind) => (
            <li
              key={kind}
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
            >
              <span>
                <span className="block font-semibold">{kindName(kind)}</span>
                <span className="block text-sm text-zinc-700 dark:text-zinc-300">
                  {t(`why.${kind}`)}
                </span>
              </span>
              <Link
                href={`/${locale}/tracker/${caseId}/letters/new/${kind}`}
                aria-label={`${t("prepare")}: ${kindName(kind)}`}
                className={buttonClass("secondary")}
              >
                {t("prepare")}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-zinc-700 dark:text-zinc-300">{t("noneNow")}</p>
      )}
      {letters.length > 0 ? (
        <div>
          <h3 className="mb-2 font-semibold">{t("prepared")}</h3>
          <ul className="space-y-1">
            {letters.map((l) => (
              <li key={l.id}>
                <Link
                  href={`/${locale}/tracker/${caseId}/letters/${l.id}`}
                  className="font-medium underline underline-offset-4"
                >
                  {kindName(l.kind)}
                </Link>
                {" · "}
                {t("preparedOn", { date: formatInstantDay(l.preparedAt, languageTag, timeZone) })}
                {" · "}
                {l.sentOn
                  ? t("sentOn", { date: formatDateOnly(l.sentOn, languageTag) })
                  : t("notSent")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <Link
          href={`/${locale}/tracker/${caseId}/case-file`}
          className="font-medium underline underline-offset-4"
        >
          {t("caseFile")}
        </Link>
      </p>
    </div>
  );
}
