import type { ServerContext } from '../context.js';
import { JobFailure } from '../jobs/errors.js';
import type { JobHandlers } from '../jobs/runner.js';
import { markRewardFulfilled } from '../services/rewards.js';
import { COUPON_CREATE } from './issue.js';
import type { CouponProvider, FriendCoupon } from './provider.js';
import { couponProvider } from './providers.js';
import { REWARD_FULFIL, type RewardJobPayload } from './reward-jobs.js';

/**
 * The coupon jobs: `coupon.create` creates a claimed friend's code at the site's platform
 * and stores the platform's object id in `claims.coupon_ref` (orders are joined by it);
 * `reward.fulfil` issues an approved advocate reward there and moves the reward to
 * `fulfilled` with what was issued.
 */
export function couponJobHandlers(ctx: ServerContext, fetchImpl: typeof fetch): JobHandlers {
  const providers = new Map<string, CouponProvider | undefined>();
  const providerFor = (siteKey: string): CouponProvider => {
    if (!providers.has(siteKey)) {
      const site = ctx.sites.get(siteKey);
      providers.set(
        siteKey,
        couponProvider(site?.fulfilment, { fetch: fetchImpl, now: ctx.clock.now }),
      );
    }
    const provider = providers.get(siteKey);
    if (!provider) {
      throw new JobFailure(`site "${siteKey}" has no coupon platform configured any more`, {
        permanent: true,
      });
    }
    return provider;
  };

  return {
    [COUPON_CREATE]: async (job) => {
      const coupon = job.payload as unknown as FriendCoupon;
      const { ref } = await providerFor(job.siteKey).createFriendCoupon({
        ...coupon,
        attempt: job.attempts,
      });
      await ctx.db.query('update claims set coupon_ref = $2 where id = $1', [coupon.claimId, ref]);
      return { ref };
    },
    [REWARD_FULFIL]: async (job) => {
      const site = ctx.sites.get(job.siteKey);
      const reward = job.payload as unknown as RewardJobPayload;
      const [row] = await ctx.db.query<{ state: string }>(
        'select state from rewards where site_key = $1 and order_id = $2',
        [job.siteKey, reward.orderId],
      );
      // Reversed, voided or already fulfilled since it was queued: nothing to issue.
      if (!site || row?.state !== 'approved') return { skipped: row?.state ?? 'no reward' };
      const { orderId, ...rest } = reward;
      const issued = await providerFor(job.siteKey).fulfilReward({
        ...rest,
        rewardId: `${job.siteKey}:${orderId}`,
        attempt: job.attempts,
      });
      const fulfilment = { provider: site.fulfilment?.provider, ...issued };
      const now = ctx.clock.now();
      const moved = await ctx.db.transaction((tx) =>
        markRewardFulfilled(tx, site, orderId, { fulfilment, now }),
      );
      if (moved.kind === 'refused') {
        // Issued while a refund reversed it: someone must disable what was issued.
        ctx.logger.warn('reward issued but no longer approved', {
          siteKey: job.siteKey,
          orderId,
          ...issued,
          reason: moved.reason,
        });
      }
      return { ...fulfilment, transition: moved.kind };
    },
  };
}
