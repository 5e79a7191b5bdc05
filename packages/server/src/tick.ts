import type { ServerContext } from './context.js';
import { type JobHandlers, type JobRunReport, runDueJobs } from './jobs/runner.js';
import { sweepRateLimits } from './security/rate-limiter.js';
import { approveDueRewards } from './services/rewards.js';
import { type DeliveryReport, deliverDueWebhooks } from './webhooks/deliver.js';

/** What one background round did. */
export interface TickReport {
  rewardsApproved: number;
  webhooks: DeliveryReport;
  jobs: JobRunReport;
}

/**
 * One background round: approve rewards past their return window, run due jobs (provider
 * calls), then deliver due webhooks.
 */
export async function runTick(
  ctx: ServerContext,
  fetchImpl: typeof fetch,
  handlers: JobHandlers,
): Promise<TickReport> {
  const rewardsApproved = await approveDueRewards(ctx);
  const jobs = await runDueJobs(ctx, handlers);
  await sweepRateLimits(ctx.db, ctx.clock.now());
  return { rewardsApproved, jobs, webhooks: await deliverDueWebhooks(ctx, fetchImpl) };
}
