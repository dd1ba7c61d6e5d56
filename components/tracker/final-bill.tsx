import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { formatDateOnly } from "@/lib/format-date";

/**
 * Once the service has ended: is the final bill right? Two buttons (the same answers as the links
 * in the final-bill e-mail). "Charged after the end date" opens the complaint path; it never
 * tells anyone to leave a bill unpaid.
 */
export async function FinalBill({
  caseId,
  locale,
  languageTag,
  endsOn,
  action,
}: {
  caseId: string;
  locale: string;
  languageTag: string;
  endsOn: string;
  action: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: "tracker.finalBill" });
  return (
    <div className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <p className="font-semibold">
        {t("question", { date: formatDateOnly(endsOn, languageTag) })}
      </p>
      <p className="mt-1 text-sm">{t("explain")}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        {(["correct", "disputed"] as const).map((outcome) => (
          <form key={outcome} action={action}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="caseId" value={caseId} />
            <input type="hidden" name="outcome" value={outcome} />
            <Button variant={outcome === "correct" ? "primary" : "secondary"}>{t(outcome)}</Button>
          </form>
        ))}
      </div>
    </div>
  );
}
