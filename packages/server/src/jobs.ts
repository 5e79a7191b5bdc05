import type { GrapevineApp } from './app.js';
import type { Logger } from './logger.js';

/**
 * Runs the background round (approve due rewards, run due jobs, deliver due webhooks) every `intervalMs`;
 * a round never overlaps the previous one.
 * @returns a function that stops the loop and waits for a running round.
 */
export function startJobs(app: Pick<GrapevineApp, 'tick'>, intervalMs: number, logger: Logger) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        const report = await app.tick();
        if (
          report.rewardsApproved > 0 ||
          report.webhooks.delivered + report.webhooks.retrying > 0 ||
          report.jobs.done + report.jobs.retrying + report.jobs.failed > 0
        ) {
          logger.info('background round', { ...report });
        }
      } catch (error) {
        logger.error('background round failed', { error: (error as Error).message });
      }
    });
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
