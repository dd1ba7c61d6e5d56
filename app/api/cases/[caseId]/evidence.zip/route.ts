import { readFile } from "node:fs/promises";
import { caseFileForZip } from "@/app/[locale]/tracker/_lib/case-file-zip";
import { exportAccountData } from "@/lib/data/account";
import { getCase } from "@/lib/data/cases";
import { evidenceFilesOfCase } from "@/lib/data/evidence";
import { getSessionUser } from "@/lib/data/session";
import { contentDisposition } from "@/lib/evidence/file-name";
import { fileResponseHeaders } from "@/lib/evidence/file-response";
import { zipStream, type ZipEntry } from "@/lib/evidence/zip-stream";
import { isLocale } from "@/lib/i18n/locales";

/**
 * "Download everything" for one case, to attach to a complaint: `case-file.html` (details, notes,
 * letters, the operator's answers, and the evidence with images inline; it opens from the
 * unpacked folder), `case.json` (the case as in the account's data export, timeline included)
 * and every file under `evidence/`. Streamed, one file at a time. The signed-in owner only.
 */
export async function GET(
  request: Request,
  { params }: RouteContext<"/api/cases/[caseId]/evidence.zip">,
) {
  const { caseId } = await params;
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  const found = getCase(user.id, caseId);
  const files = evidenceFilesOfCase(user.id, caseId);
  if (!found || !files) return Response.json({ error: "Not found." }, { status: 404 });

  // Numbered, so the folder lists them in the case's order and two "chat.png" never collide.
  const paths = files.map(
    (f, i) => `evidence/${String(i + 1).padStart(2, "0")}-${f.evidence.fileName}`,
  );
  // In the language of the page it was asked from (`?locale=`), else the account's.
  const asked = new URL(request.url).searchParams.get("locale");
  const html = await caseFileForZip(user.id, found, files, paths, isLocale(asked) ? asked : null);
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
