import { fileTypeFromBuffer } from "file-type";

/**
 * What a file is, decided from its bytes alone (never its name or the browser's claimed type):
 * the types we keep, or why we refuse it. An HTML or SVG page renamed `.png` has no image
 * signature and is refused; so is a zip (and a zip bomb with it), which is never unpacked.
 */
export type Detected =
  | { kind: "png" | "jpeg" | "webp" | "pdf" | "eml" }
  | { refused: "emptyFile" | "heicNotSupported" | "typeNotAllowed" };

const images = { "image/png": "png", "image/jpeg": "jpeg", "image/webp": "webp" } as const;

export async function detectEvidence(bytes: Uint8Array): Promise<Detected> {
  if (bytes.byteLength === 0) return { refused: "emptyFile" };
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    if (found.mime in images) return { kind: images[found.mime as keyof typeof images] };
    if (found.mime === "application/pdf") return { kind: "pdf" };
    // iPhone photos: the image libraries we can ship do not decode HEVC; the form says what to do.
    if (found.mime === "image/heic" || found.mime === "image/heif")
      return { refused: "heicNotSupported" };
    return { refused: "typeNotAllowed" };
  }
  return looksLikeEmail(bytes) ? { kind: "eml" } : { refused: "typeNotAllowed" };
}

const headerLine = /^[!-9;-~]+:[^\r\n]*$/; // a field name (printable, no colon), a colon, a value
const folded = /^[ \t]/;

/**
 * An e-mail as saved by a mail program (RFC 5322): a header block of `Name: value` lines (folded
 * lines allowed) up to the first empty line, with a From and a Date or Subject, and no NUL byte.
 * A web page or script starts with `<` or a keyword, not a header, and is refused.
 */
export function looksLikeEmail(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 64 * 1024));
  if (head.includes("\0")) return false;
  const end = head.search(/\r?\n\r?\n/);
  if (end <= 0) return false;
  const lines = head.slice(0, end).split(/\r?\n/);
  if (!headerLine.test(lines[0]!)) return false;
  const names = new Set<string>();
  for (const line of lines) {
    if (folded.test(line)) continue;
    if (!headerLine.test(line)) return false;
    names.add(line.slice(0, line.indexOf(":")).toLowerCase());
  }
  return names.has("from") && (names.has("date") || names.has("subject"));
}
