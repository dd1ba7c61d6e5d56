/**
 * Retrying a reminder that could not be sent: 1, 4, 16 minutes, then every hour. An SMTP
 * outage of hours or days loses nothing; after a week the reminder is marked failed (it has
 * lost its point), and /api/health has been unhealthy for most of that week.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 4 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/** How long after its first failure a reminder is still retried. */
export const retryForMs = 7 * 24 * 60 * 60_000;

/** A reminder still failing this long after its first failure makes /api/health report a problem. */
export const retryAlertAfterMs = 6 * 60 * 60_000;

/** How long a claimed reminder may stay "sending" before another sweep may take it over. */
export const claimLeaseMs = 10 * 60_000;

/** Reminders claimed at a time: small, so a claim is always used well within its lease. */
export const claimBatchSize = 20;
