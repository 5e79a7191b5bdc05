import type { ServerContext } from './context.js';
import { approveDueRewards } from './services/rewards.js';
import { type DeliveryReport, deliverDueWebhooks } from './webhooks/deliver.js';

/** What one background round did. */
export interface TickReport {
  rewardsApproved: number;
  webhooks: DeliveryReport;
}

/** One background round: approve rewards past their return window, then deliver due webhooks. */
export async function runTick(ctx: ServerContext, fetchImpl: typeof fetch): Promise<TickReport> {
  return {
    rewardsApproved: await approveDueRewards(ctx),
    webhooks: await deliverDueWebhooks(ctx, fetchImpl),
  };
}
