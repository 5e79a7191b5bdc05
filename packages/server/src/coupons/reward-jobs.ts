import { DAY } from '../clock.js';
import { couponCode } from '../codes.js';
import type { Queryable } from '../db/database.js';
import { enqueueJob } from '../jobs/queue.js';
import type { Site } from '../site.js';
import type { AdvocateReward } from './provider.js';

/** The job kind that issues an approved advocate reward at the platform. */
export const REWARD_FULFIL = 'reward.fulfil';

/** The job's payload: the reward as it was approved, with the code chosen once for all retries. */
export type RewardJobPayload = Omit<AdvocateReward, 'rewardId' | 'attempt'> & { orderId: string };

/** What of an approved reward the job needs. */
export interface ApprovedReward {
  order_id: string;
  currency: string;
  advocate_id: string | null;
  email_norm: string | null;
}

/**
 * Queues the issuing of an approved reward inside the transaction that approved it, for sites
 * whose platform creates rewards (Shopify, Stripe, WooCommerce). Other sites issue rewards
 * themselves on the `reward.approved` webhook. Keyed by the order: never queued twice.
 */
export async function enqueueRewardFulfilment(
  tx: Queryable,
  site: Site,
  reward: ApprovedReward,
  amountMinor: number,
  now: number,
): Promise<void> {
  const fulfilment = site.fulfilment;
  if (
    fulfilment?.provider !== 'shopify' &&
    fulfilment?.provider !== 'stripe' &&
    fulfilment?.provider !== 'woocommerce'
  ) {
    return;
  }
  const payload: RewardJobPayload = {
    orderId: reward.order_id,
    code: couponCode(),
    amount: { minor: amountMinor, currency: reward.currency },
    ...(reward.email_norm ? { email: reward.email_norm } : {}),
    ...(reward.advocate_id ? { customerId: reward.advocate_id } : {}),
    startsAt: now,
    expiresAt: now + fulfilment.rewardValidDays * DAY,
  };
  await enqueueJob(
    tx,
    {
      id: `${REWARD_FULFIL}:${reward.order_id}`,
      kind: REWARD_FULFIL,
      siteKey: site.siteKey,
      payload: { ...payload },
    },
    now,
  );
}
