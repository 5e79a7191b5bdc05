import type { GrapevineApp } from './app.js';
import type { Logger } from './logger.js';

/**
 * Runs the background round (approve due rewards, run due jobs, deliver due webhooks) every `intervalMs`;
 * a round never overlaps the previous one.
 * @returns a function that stops the loop and waits for a running round.
 */
export function startJobs(
  app: Pick<GrapevineApp, 'tick'> & Partial<Pick<GrapevineApp, 'metrics'>>,
  intervalMs: number,
  logger: Logger,
) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        const report = await app.tick();
        const runs = app.metrics?.jobRuns;
        if (runs) {
          for (const outcome of ['done', 'retrying', 'failed'] as const)
            runs.inc({ kind: 'job', outcome }, report.jobs[outcome]);
          runs.inc({ kind: 'webhook', outcome: 'done' }, report.webhooks.delivered);
          runs.inc({ kind: 'webhook', outcome: 'retrying' }, report.webhooks.retrying);
          runs.inc({ kind: 'webhook', outcome: 'failed' }, report.webhooks.failed);
          runs.inc({ kind: 'reward-approval', outcome: 'done' }, report.rewardsApproved);
        }
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
