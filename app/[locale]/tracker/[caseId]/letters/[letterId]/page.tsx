import { getTranslations } from "next-intl/server";
import { loadOwnedLetter } from "@/app/[locale]/tracker/_lib/case-page";
import { casePageMetadata } from "@/app/[locale]/tracker/_lib/private-metadata";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { markLetterSentAction } from "@/app/[locale]/tracker/letter-actions";
import { CopyButton } from "@/components/mdx/copy-button";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { LetterSentForm } from "@/components/tracker/letter-sent-form";
import { LetterText } from "@/components/tracker/letter-text";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { getOperator } from "@/lib/content/operators";
import { getAccount, userToday } from "@/lib/data/account";
import { formatDateOnly, formatInstantDay } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { aside } from "@/lib/i18n/typography";
import { isLetterKind, letterLanguage, letterRecipient } from "@/lib/letters/fields";
import { letterKindNames } from "@/lib/letters/kind-name";
import { getLetterTemplates } from "@/lib/letters/read-letters";
import { letterText } from "@/lib/letters/render";
import { defaultTimeZone } from "@/lib/tracker/dates";
import { providerName } from "@/lib/tracker/providers";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/letters/[letterId]">): Promise<Metadata> {
  return casePageMetadata(params, "lettersTitle");
}

/**
 * A prepared letter: the Norwegian text with its meaning, the whole text to copy (a plain
 * selectable text area, so it works without JavaScript), print, e-mail or web-form links where
 * the operator publishes them, and "I sent it".
 */
export default async function LetterPage({
  params,
}: PageProps<"/[locale]/tracker/[caseId]/letters/[letterId]">) {
  const { locale, caseId, user, found, letter } = await loadOwnedLetter(params);
  const t = await getTranslations({ locale, namespace: "letters" });
  const tag = htmlLangOf(locale);
  const timeZone = getAccount(user.id)?.timeZone ?? defaultTimeZone;
  const name = providerName(found, await providerOptions());
  const operator = await getOperator(found.provider);
  const body = letterText(letter.paragraphs, letterLanguage);
  const subject = letter.subject[letterLanguage] ?? "";
  const kindName = (await letterKindNames(locale))(letter.kind);
  const template = isLetterKind(letter.kind) ? (await getLetterTemplates())[letter.kind] : null;
  const recipient = letterRecipient(letter.kind);
  // The operator's written channels only for a letter to the operator.
  const email = recipient === "operator" ? operator?.written?.email : undefined;
  const formUrl = recipient === "operator" ? operator?.written?.formUrl : undefined;
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{kindName}</h1>
      <p className="mb-6 text-sm text-zinc-700 dark:text-zinc-300">
        {name} ·{" "}
        {t("templateVersion", {
          version: letter.templateVersion,
          date: formatInstantDay(letter.preparedAt, tag, timeZone),
        })}
      </p>

      <LetterText
        subject={letter.subject}
        paragraphs={letter.paragraphs}
        locale={locale}
        labels={{ sendThis: t("sendThis"), meaning: t("meaning"), subject: t("subject") }}
      />

      <section aria-labelledby="copy" className="mt-8">
        <h2 id="copy" className="mb-2 text-xl font-semibold">
          {t("copyTitle")}
        </h2>
        <p className="mb-2 text-sm text-zinc-700 dark:text-zinc-300">{t("copyHint")}</p>
        <label htmlFor="letter-subject" className="block text-sm font-medium">
          {t("subject")}
        </label>
        <input
          id="letter-subject"
          readOnly
          value={subject}
          lang="nb"
          className="mb-3 block w-full rounded-md border border-zinc-400 bg-white px-3 py-2 dark:border-zinc-600 dark:bg-zinc-900"
        />
        <label htmlFor="letter-body" className="sr-only">
          {t("copyTitle")}
        </label>
        <textarea
          id="letter-body"
          readOnly
          value={body}
          lang="nb"
          rows={Math.min(24, body.split("\n").length + 2)}
          className="block w-full rounded-md border border-zinc-400 bg-white px-3 py-2 font-mono text-sm dark:border-zinc-600 dark:bg-zinc-900"
        />
        <div className="flex flex-wrap items-center gap-4">
          <CopyButton text={`${subject}\n\n${body}`} label={t("copy")} doneLabel={t("copied")} />
          <Link
            href={`/${locale}/tracker/${caseId}/letters/${letter.id}/print`}
            className="mt-3 font-medium underline underline-offset-4"
          >
            {t("print")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="send" className="mt-8 space-y-3">
        <h2 id="send" className="text-xl font-semibold">
          {t("markSent")}
        </h2>
        {email ? (
          <p>
            <a
              href={`mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`}
              className={buttonClass("secondary")}
            >
              {t("mailto", { address: email })}
            </a>
            <span className="mt-1 block text-sm text-zinc-700 dark:text-zinc-300">
              {t("mailtoHint")}
            </span>
          </p>
        ) : null}
        {formUrl ? (
          <p>
            <a href={formUrl} rel="noopener noreferrer" className={buttonClass("secondary")}>
              {t("webForm", { name })}
            </a>
            <span className="mt-1 block text-sm text-zinc-700 dark:text-zinc-300">
              {t("webFormHint")}
            </span>
          </p>
        ) : null}
        {recipient === "board" ? <p>{t("sendToBoard")}</p> : null}
        {recipient === "employer" ? <p>{t("sendToEmployer")}</p> : null}
        {recipient === "operator" && !email && !formUrl ? (
          <p>
            {t("channelHint", { name })}{" "}
            <Link
              href={`/${locale}/tracker/${caseId}#contact`}
              className="underline underline-offset-4"
            >
              {t("backToCase")}
            </Link>
          </p>
        ) : null}
        {letter.sentOn ? (
          <Notice tone="success">
            {t("alreadySent", { date: formatDateOnly(letter.sentOn, tag) })}
          </Notice>
        ) : (
          <>
            <p>{t("markSentIntro")}</p>
            <TrackerClientMessages>
              <LetterSentForm
                action={markLetterSentAction}
                locale={locale}
                caseId={caseId}
                letterId={letter.id}
                today={userToday(user.id)}
                channel={email || recipient === "employer" ? "email" : "min-side-app"}
              />
            </TrackerClientMessages>
          </>
        )}
      </section>

      {template ? (
        <section aria-labelledby="basis" className="mt-8">
          <h2 id="basis" className="mb-2 text-xl font-semibold">
            {t("basis")}
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {template.basis.map((b) => (
              <li key={b.url}>
                <a href={b.url} rel="noopener noreferrer" className="underline underline-offset-4">
                  {b.title[locale] ?? b.title.en}
                </a>{" "}
                <span className="text-sm text-zinc-700 dark:text-zinc-300">
                  {aside(t("checked", { date: formatDateOnly(b.checked, tag) }), locale).trim()}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-8">
        <Link
          href={`/${locale}/tracker/${caseId}#letters`}
          className="underline underline-offset-4"
        >
          {t("backToCase")}
        </Link>
      </p>
    </>
  );
}
