import { getTranslations } from "next-intl/server";
import { loadOwnedLetter } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { Link } from "@/components/ui/link";
import { PrintButton } from "@/components/ui/print-button";
import { getAccount } from "@/lib/data/account";
import { formatInstantDay } from "@/lib/format-date";
import { letterLanguage } from "@/lib/letters/fields";
import { letterKindNames } from "@/lib/letters/kind-name";
import { defaultTimeZone } from "@/lib/tracker/dates";
import { providerName } from "@/lib/tracker/providers";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/letters/[letterId]/print">): Promise<Metadata> {
  return casePageMetadata(params, "lettersTitle");
}

/**
 * The letter as it goes on paper: sender, recipient, date and subject in Norwegian, then the
 * text. The site's header, nav and footer are hidden when printing; the sheet is A4.
 */
export default async function PrintLetterPage({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/letters/[letterId]/print">) {
  const { locale, caseId, user, found, letter } = await loadOwnedLetter(params);
  const t = await getTranslations({ locale, namespace: "letters" });
  const kindName = await letterKindNames(locale);
  const timeZone = getAccount(user.id)?.timeZone ?? defaultTimeZone;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={t("printNow")} />
        <Link
          href={`/${locale}/tracker/${caseId}/letters/${letter.id}`}
          className="underline underline-offset-4"
        >
          {t("open")}: {kindName(letter.kind)}
        </Link>
      </div>
      <article
        lang="nb"
        className="print-sheet mx-auto max-w-[170mm] space-y-4 rounded-lg border border-zinc-200 bg-white p-8 text-zinc-950 dark:border-zinc-800 print:rounded-none print:border-0 print:p-0"
      >
        {/* The sender is in the signature (the letter's last block); here the recipient and the date. */}
        <div className="flex justify-between gap-8">
          <p>{providerName(found, await providerOptions())}</p>
          <p className="text-right">{formatInstantDay(letter.preparedAt, "nb-NO", timeZone)}</p>
        </div>
        <h1 className="pt-4 text-lg font-bold">{letter.subject[letterLanguage]}</h1>
        {letter.paragraphs.map((p, i) => (
          <p key={i} className="whitespace-pre-line">
            {p[letterLanguage]}
          </p>
        ))}
      </article>
    </>
  );
}
