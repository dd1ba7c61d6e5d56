/** After this many failed attempts a reminder is marked failed (and shown so on the case page). */
export const maxAttempts = 6;

/** 1, 4, 16, 64, 256 minutes…: retries soon for a blip, rarely for a long outage. */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 4 ** Math.max(0, attempts - 1);
}

/** How long a claimed reminder may stay "sending" before another sweep may take it over. */
export const claimLeaseMs = 10 * 60_000;
