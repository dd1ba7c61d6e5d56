/**
 * The largest server-action body: Next enforces it (next.config.ts) and the production server
 * answers 413 above it before Next reads a byte (server/action-requests.ts). 4 MB: a long note
 * pasted into a form gets a localized "too long" that keeps the text, not a bare error.
 */
export const actionBodyLimitBytes = 4 * 1024 * 1024;
export const actionBodyLimitForNext = "4mb";
