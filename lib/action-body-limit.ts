import { uploadBodyLimitBytes } from "./evidence/limits";

/**
 * The largest server-action body: Next enforces it (next.config.ts) and the production server
 * answers 413 above it before Next reads a byte (server/action-requests.ts). 4 MB: a long note
 * pasted into a form gets a localized "too long" that keeps the text, not a bare error.
 */
export const actionBodyLimitBytes = 4 * 1024 * 1024;
/**
 * Next has one limit for every action, so it is the evidence upload's (lib/evidence/limits.ts);
 * the production server keeps every other page at `actionBodyLimitBytes` by path.
 */
export const actionBodyLimitForNext = uploadBodyLimitBytes;
