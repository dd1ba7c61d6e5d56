import { logProblem } from "@/lib/log";
import { errorSummary } from "./send-due-reminders";

/**
 * Runs the reminder sweep every minute inside the server process (`npm start` and `npm run dev`),
 * so reminders go out without any cron to set up. A run never overlaps the previous one; even if
 * it did, the sweep's atomic claims would keep each reminder to one message. Turn it off with
 * REMINDER_SCHEDULER=off when an external cron runs `npm run reminders` instead.
 */
export function startScheduler(
  run: () => Promise<unknown>,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
) {
  const {
    intervalMs = 60_000,
    onError = (error) => logProblem("sweep-failed", { error: errorSummary(error) }),
  } = options;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref?.();
  void tick();
  return () => clearInterval(timer);
}
