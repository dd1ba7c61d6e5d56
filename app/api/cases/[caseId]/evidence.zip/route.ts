import { readFile } from "node:fs/promises";
import { getTranslations } from "next-intl/server";
import { caseFileDetails } from "@/app/[locale]/tracker/_lib/case-file-details";
import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { now } from "@/lib/clock";
import { exportAccountData, getAccount } from "@/lib/data/account";
import { getCase } from "@/lib/data/cases";
import { evidenceFilesOfCase } from "@/lib/data/evidence";
import { listLetters } from "@/lib/data/letters";
import { getSessionUser } from "@/lib/data/session";
import { caseFileHtml } from "@/lib/evidence/case-file-html";
import { contentDisposition } from "@/lib/evidence/file-name";
import { fileResponseHeaders } from "@/lib/evidence/file-response";
import { zipStream, type ZipEntry } from "@/lib/evidence/zip-stream";
import { formatDateOnly, formatInstantDay } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { caseFileLabelsNb } from "@/lib/letters/case-file-labels";
import { letterLanguage } from "@/lib/letters/fields";
import { letterKindNames } from "@/lib/letters/kind-name";
import { defaultTimeZone } from "@/lib/tracker/dates";
import { providerName } from "@/lib/tracker/providers";

/**
 * "Download everything" for one case, to attach to a complaint: `case-file.html` (the details,
 * notes, letters and evidence with images inline; opens from the unpacked folder), `case.json`
 * (the case as in the account's data export, timeline included) and every file under
 * `evidence/`. Streamed, one file at a time. The signed-in owner only.
 */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/api/cases/[caseId]/evidence.zip">,
) {
  const { caseId } = await params;
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  const found = getCase(user.id, caseId);
  const files = evidenceFilesOfCase(user.id, caseId);
  if (!found || !files) return Response.json({ error: "Not found." }, { status: 404 });

  const account = getAccount(user.id);
  const locale = account?.locale ?? "en";
  const timeZone = account?.timeZone ?? defaultTimeZone;
  const tag = htmlLangOf(locale);
  const t = await getTranslations({ locale, namespace: "letters" });
  const te = await getTranslations({ locale, namespace: "tracker.evidence" });
  const tf = await getTranslations({ locale, namespace: "caseForm" });
  const name = providerName(found, await providerOptions());
  const kindName = await letterKindNames(locale);
  const both = (nb: string, reader: string) => `${nb} · ${reader}`;
  // Numbered, so the folder lists them in the case's order and two "chat.png" never collide.
  const paths = files.map(
    (f, i) => `evidence/${String(i + 1).padStart(2, "0")}-${f.evidence.fileName}`,
  );
  const title = t("caseFileTitle", {
    name: [found.nickname, name].filter(Boolean).join(" · "),
  });
  const html = caseFileHtml({
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
      items: (listLetters(user.id, caseId) ?? []).map((l) => ({
        heading: kindName(l.kind),
        meta: [
          t("preparedOn", { date: formatInstantDay(l.preparedAt, tag, timeZone) }),
          l.sentOn ? t("sentOn", { date: formatDateOnly(l.sentOn, tag) }) : t("notSent"),
        ].join(" · "),
        nb: [l.subject[letterLanguage] ?? "", ...l.paragraphs.map((p) => p[letterLanguage] ?? "")],
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
  const data = exportAccountData(user.id)?.cases.find((c) => c.id === caseId);
  const text = (s: string) => async () => new TextEncoder().encode(s);
  const entries: ZipEntry[] = [
    { name: "case-file.html", read: text(html), compress: true },
    { name: "case.json", read: text(JSON.stringify(data, null, 2)), compress: true },
    ...files.map((f, i) => ({
      name: paths[i]!,
      // A file lost from disk (see reconcileEvidence) leaves a note instead of a broken zip.
      read: () =>
        readFile(f.path).then(
          (bytes) => new Uint8Array(bytes),
          () => new TextEncoder().encode("This file is missing from the server.\n"),
        ),
    })),
  ];
  const folder = `si-opp-${caseId.slice(0, 8)}`;
  return new Response(zipStream(entries.map((e) => ({ ...e, name: `${folder}/${e.name}` }))), {
    headers: {
      ...fileResponseHeaders("application/zip"),
      "Content-Disposition": contentDisposition("attachment", `${folder}.zip`),
    },
  });
}
