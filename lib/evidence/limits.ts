/**
 * How much evidence one upload, one case and one account may hold. Named in the form and enforced
 * on the server (lib/data/evidence.ts); safe to import in the browser. 10 MB holds a long
 * phone-screenshot or a scanned invoice; 30 files a case and 200 MB an account are far above what
 * a cancellation needs and keep one account from filling the disk.
 */
export const evidenceLimits = {
  fileBytes: 10 * 1024 * 1024,
  filesPerUpload: 3,
  filesPerCase: 30,
  accountBytes: 200 * 1024 * 1024,
  /** Larger images are refused before they are decoded (a small file can claim a huge picture). */
  imagePixels: 40_000_000,
  caption: 300,
  fileName: 120,
} as const;

/**
 * The largest form an upload page accepts: every file at its limit plus room for the other
 * fields. The production server lets bodies this large through only on the upload page
 * (server/action-requests.ts); every other form keeps the 4 MB limit.
 */
export const uploadBodyLimitBytes =
  evidenceLimits.filesPerUpload * evidenceLimits.fileBytes + 1024 * 1024;

/** The paths that accept an upload this large: `/<locale>/tracker/<case id>/evidence`. */
export const isUploadPath = (pathname: string) =>
  /^\/[a-z]{2}\/tracker\/[0-9a-f-]{36}\/evidence$/.test(pathname);

/** Megabytes as the form names them. */
export const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));
/** Space used, in whole MB rounded up: a nearly full account never looks as if it had room. */
export const megabytesUsed = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
