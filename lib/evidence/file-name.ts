import type { EvidenceMediaType } from "@/core/vocabulary";
import { evidenceLimits } from "./limits";

const extensions: Record<EvidenceMediaType, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "application/pdf": "pdf",
  "message/rfc822": "eml",
};

/**
 * The name a file is kept and downloaded under: the last part of what the browser sent (no
 * folders, whatever the slashes), without control or direction-changing characters or ones
 * Windows refuses in a name, shortened,
 * and ending in the extension of what the file really is (a PNG sent as `chat.jpg` becomes
 * `chat.png`, an "invoice.pdf.exe" that is a PDF becomes `invoice.pdf.pdf`).
 */
export function evidenceFileName(sent: string, mediaType: EvidenceMediaType): string {
  const last = sent.split(/[\\/]/).pop() ?? "";
  const clean = last
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/[<>:"|?*]/g, "_") // not allowed in Windows file names: the zip must unpack there
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const extension = extensions[mediaType];
  const stem = clean.replace(
    new RegExp(`\\.${extension === "jpg" ? "jpe?g" : extension}$`, "i"),
    "",
  );
  const room = evidenceLimits.fileName - extension.length - 1;
  const short = [...stem].slice(0, room).join("").trim();
  return `${short || "file"}.${extension}`;
}

/** A header-safe `Content-Disposition` value: an ASCII fallback and the real name (RFC 6266). */
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
