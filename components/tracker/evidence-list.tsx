import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { EvidenceDto } from "@/lib/data/dto";
import { formatDateOnly, formatInstantDay } from "@/lib/format-date";

/** Where a file is served, to its owner only (app/api/evidence/[evidenceId]/route.ts). */
export const evidenceUrl = (id: string, download = false) =>
  `/api/evidence/${id}${download ? "?download=1" : ""}`;

/** A file's size as the reader's language writes it: "840 kB", "3.2 MB". */
const size = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, {
    style: "unit",
    unit: bytes < 1024 * 1024 ? "kilobyte" : "megabyte",
    maximumFractionDigits: 1,
  }).format(bytes < 1024 * 1024 ? bytes / 1024 : bytes / (1024 * 1024));

/**
 * A case's files: what each shows, its date, and links to open or download it. Images are shown
 * inline when `inline` (the case file, for printing). With `removeAction`, each has a "Remove…"
 * that opens a confirming button (no JavaScript needed).
 */
export async function EvidenceList({
  items,
  locale,
  languageTag,
  timeZone,
  caseId,
  inline = false,
  removeAction,
}: {
  items: EvidenceDto[];
  locale: string;
  languageTag: string;
  timeZone: string;
  caseId: string;
  inline?: boolean;
  removeAction?: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: "tracker.evidence" });
  return (
    <ul className="space-y-3">
      {items.map((e) => (
        <li key={e.id} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <p className="font-medium break-all">{e.caption ?? e.fileName}</p>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {[
              t(`kind.${e.mediaType}`),
              e.caption ? e.fileName : null,
              size(e.bytes, languageTag),
              e.shownOn ? t("shows", { date: formatDateOnly(e.shownOn, languageTag) }) : null,
              t("added", { date: formatInstantDay(e.addedAt, languageTag, timeZone) }),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {inline && e.mediaType.startsWith("image/") ? (
            // Our own re-encoded image, served by its owner-only route: next/image adds nothing here.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={evidenceUrl(e.id)}
              alt={e.caption ?? e.fileName}
              className="mt-2 max-h-[32rem] max-w-full border border-zinc-200 print:max-h-none"
            />
          ) : null}
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 print:hidden">
            {e.mediaType.startsWith("image/") ? (
              <a href={evidenceUrl(e.id)} className="underline underline-offset-4">
                {t("open")}
              </a>
            ) : null}
            <a href={evidenceUrl(e.id, true)} className="underline underline-offset-4" download>
              {t("download")}
            </a>
          </p>
          {removeAction ? (
            <details className="mt-2 print:hidden">
              <summary className="cursor-pointer text-sm underline underline-offset-4">
                {t("remove")}
              </summary>
              <form action={removeAction} className="mt-2">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="caseId" value={caseId} />
                <input type="hidden" name="evidenceId" value={e.id} />
                <Button variant="secondary">{t("removeConfirm")}</Button>
              </form>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
