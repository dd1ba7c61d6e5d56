import "server-only";
import { getTranslations } from "next-intl/server";
import { caseFileDetails } from "@/app/[locale]/tracker/_lib/case-file-details";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { now } from "@/lib/clock";
import { getAccount } from "@/lib/data/account";
import type { CaseDto, EvidenceDto } from "@/lib/data/dto";
import { listLetters } from "@/lib/data/letters";
import { listReplies } from "@/lib/data/replies";
import { caseFileHtml } from "@/lib/evidence/case-file-html";
import { formatDateOnly, formatInstantDay } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { caseFileLabelsNb } from "@/lib/letters/case-file-labels";
import { letterLanguage } from "@/lib/letters/fields";
import { letterKindNames } from "@/lib/letters/kind-name";
import { defaultTimeZone } from "@/lib/tracker/dates";
import { providerName } from "@/lib/tracker/providers";

/**
 * The case file as the zip's `case-file.html`, in the language asked (else the account's): the same details as
 * the printable page, the letters in Norwegian, the operator's answers, and the evidence linked
 * by its path inside the zip (`paths`, in the order of `files`).
 */
export async function caseFileForZip(
  userId: string,
  found: CaseDto,
  files: { evidence: EvidenceDto }[],
  paths: string[],
  asked: string | null,
): Promise<string> {
  const caseId = found.id;
  const account = getAccount(userId);
  const locale = asked ?? account?.locale ?? "en";
  const timeZone = account?.timeZone ?? defaultTimeZone;
  const tag = htmlLangOf(locale);
  const t = await getTranslations({ locale, namespace: "letters" });
  const te = await getTranslations({ locale, namespace: "tracker.evidence" });
  const tr = await getTranslations({ locale, namespace: "tracker.replies" });
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const name = providerName(found, await providerOptions());
  const kindName = await letterKindNames(locale);
  const both = (nb: string, reader: string) => `${nb} · ${reader}`;
  const title = t("caseFileTitle", {
    name: [found.nickname, name].filter(Boolean).join(" · "),
  });
  return caseFileHtml({
    lang: tag,
    title,
    generated: t("caseFileGenerated", {
      date: formatInstantDay(new Date(now()).toISOString(), tag, timeZone),
    }),
    details: (await caseFileDetails(found, name, locale)).map((d) => ({
      label: both(caseFileLabelsNb[d.key], d.reader),
      value: d.value,
    })),
    notes: found.notes
      ? { label: both(caseFileLabelsNb.notes, tf("fields.notes")), text: found.notes }
      : null,
    letters: {
      label: both(caseFileLabelsNb.letters, t("lettersSection")),
      items: (listLetters(userId, caseId) ?? []).map((l) => ({
        heading: kindName(l.kind),
        meta: [
          t("preparedOn", { date: formatInstantDay(l.preparedAt, tag, timeZone) }),
          l.sentOn ? t("sentOn", { date: formatDateOnly(l.sentOn, tag) }) : t("notSent"),
        ].join(" · "),
        nb: [l.subject[letterLanguage] ?? "", ...l.paragraphs.map((p) => p[letterLanguage] ?? "")],
      })),
    },
    replies: {
      label: both(caseFileLabelsNb.replies, tr("title")),
      items: (listReplies(userId, caseId) ?? []).map((r) => ({
        heading: tr(`outcomes.${r.outcome}`),
        meta: [
          formatDateOnly(r.receivedOn, tag),
          tr(`channels.${r.channel}`),
          r.reference ? tr("referenceShown", { reference: r.reference }) : null,
          r.evidenceName
            ? tr.markup("file", { name: r.evidenceName, link: (chunks) => chunks })
            : null,
        ]
          .filter(Boolean)
          .join(" · "),
        text: r.text,
      })),
    },
    evidence: {
      label: both(caseFileLabelsNb.evidence, t("evidenceSection")),
      items: files.map(({ evidence: e }, i) => ({
        path: paths[i]!,
        caption: e.caption ?? e.fileName,
        meta: [
          e.fileName,
          e.shownOn ? te("shows", { date: formatDateOnly(e.shownOn, tag) }) : null,
          te("added", { date: formatInstantDay(e.addedAt, tag, timeZone) }),
        ]
          .filter(Boolean)
          .join(" · "),
        image: e.mediaType.startsWith("image/"),
      })),
    },
  });
}
