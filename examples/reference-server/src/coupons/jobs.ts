import type { ServerContext } from '../context.js';
import { JobFailure } from '../jobs/errors.js';
import type { JobHandlers } from '../jobs/runner.js';
import { COUPON_CREATE } from './issue.js';
import type { CouponProvider, FriendCoupon } from './provider.js';
import { couponProvider } from './providers.js';

/**
 * The coupon jobs: `coupon.create` creates a claimed friend's code at the site's platform
 * and stores the platform's object id in `claims.coupon_ref` (orders are joined by it).
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
  };
}
