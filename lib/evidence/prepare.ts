import sharp from "sharp";
import type { EvidenceMediaType } from "@/core/vocabulary";
import { detectEvidence } from "./detect";
import { evidenceLimits } from "./limits";

export type EvidenceProblem =
  | "emptyFile"
  | "fileTooLarge"
  | "heicNotSupported"
  | "typeNotAllowed"
  | "imageTooLarge"
  | "unreadableFile";

export type Prepared =
  | { ok: true; bytes: Uint8Array; mediaType: EvidenceMediaType }
  | { ok: false; problem: EvidenceProblem };

/**
 * A file as we keep it. Images are decoded and written again by sharp (libvips): what is stored
 * is pixels we produced, turned upright, with no metadata (no GPS position, camera, or anything
 * hidden after the image data). PDFs and e-mails are kept as given: they are the record, and they
 * are only ever served as downloads (app/api/evidence).
 */
export function prepareEvidence(bytes: Uint8Array): Promise<Prepared> {
  // One file at a time in the whole process: decoding a large image takes a core and a few
  // hundred MB, and uploads must not take the server's last core or memory from everyone else.
  const run = queue.then(() => prepareNow(bytes));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();
sharp.concurrency(1); // libvips threads per image: one core for uploads, the other for pages

async function prepareNow(bytes: Uint8Array): Promise<Prepared> {
  if (bytes.byteLength > evidenceLimits.fileBytes) return { ok: false, problem: "fileTooLarge" };
  const detected = await detectEvidence(bytes);
  if ("refused" in detected) return { ok: false, problem: detected.refused };
  if (detected.kind === "pdf") return { ok: true, bytes, mediaType: "application/pdf" };
  if (detected.kind === "eml") return { ok: true, bytes, mediaType: "message/rfc822" };
  return reencode(bytes, detected.kind);
}

async function reencode(bytes: Uint8Array, kind: "png" | "jpeg" | "webp"): Promise<Prepared> {
  try {
    const image = sharp(bytes, {
      limitInputPixels: evidenceLimits.imagePixels,
      failOn: "error", // a truncated or corrupt image is refused, not half-drawn
      animated: false,
    }).rotate(); // apply the EXIF orientation before the EXIF block is dropped
    // Photos stay JPEG; screenshots (PNG, WebP) become PNG so their text stays sharp.
    const out =
      kind === "jpeg"
        ? await image.jpeg({ quality: 88 }).toBuffer()
        : await image.png({ compressionLevel: 6 }).toBuffer();
    if (out.byteLength > evidenceLimits.fileBytes) return { ok: false, problem: "fileTooLarge" };
    return { ok: true, bytes: out, mediaType: kind === "jpeg" ? "image/jpeg" : "image/png" };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    return {
      ok: false,
      problem: /pixel limit/i.test(message) ? "imageTooLarge" : "unreadableFile",
    };
  }
}
