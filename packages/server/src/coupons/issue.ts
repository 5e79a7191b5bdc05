import type { Reward } from '@grapevine/core';
import { couponCode } from '../codes.js';
import type { Queryable } from '../db/database.js';
import { GrapevineServerError } from '../errors.js';
import { enqueueJob } from '../jobs/queue.js';
import { toMinor } from '../money.js';
import type { Site } from '../site.js';
import { enqueueWebhook } from '../webhooks/enqueue.js';
import { REMOTE_PROVIDERS } from './config.js';
import { takePoolCode } from './pool.js';
import type { Discount } from './provider.js';

/** The job kind that creates a friend's coupon at the provider. */
export const COUPON_CREATE = 'coupon.create';

/** The pool had no code left: the claim is rolled back and the friend told. */
export class PoolEmpty extends GrapevineServerError {
  override readonly name = 'PoolEmpty' as const;
}

/** A claim that gets a coupon now. */
export interface ClaimToIssue {
  id: string;
  referralCode: string;
  emailNorm: string;
  expiresAt: number;
}

/** The discount a friend's reward stands for, as platforms take it. */
export function friendDiscount(reward: Reward): Discount {
  if (reward.kind === 'percent') return { kind: 'percent', percent: reward.value ?? 0 };
  if (reward.kind === 'amount' && reward.currency) {
    return {
      kind: 'amount',
      amount: {
        minor: toMinor(String(reward.value ?? 0), reward.currency),
        currency: reward.currency,
      },
    };
  }
  // Config validation refuses "custom" rewards for platforms; this is never reached there.
  throw new GrapevineServerError(`a ${reward.kind} reward cannot be a platform discount`);
}

/**
 * Chooses the friend's code inside the claim's transaction, so the friend sees it at once
 * and nothing is half-issued: a pool code (atomically taken), or Grapevine's own code plus
 * what makes it real — a `coupon.create` job for Shopify, Stripe and WooCommerce (which
 * creates exactly this code), or a signed `coupon.claimed` webhook for shops that do it.
 * @throws PoolEmpty when the site's pool has no code left (the caller rolls back).
 */
export async function issueFriendCoupon(
  tx: Queryable,
  site: Site,
  claim: ClaimToIssue,
  now: number,
): Promise<string> {
  const provider = site.fulfilment?.provider ?? 'webhook';
  if (provider === 'pool') {
    const code = await takePoolCode(tx, site.siteKey, claim.id, now);
    if (code === null) throw new PoolEmpty('the coupon pool is empty');
    return code;
  }
  const code = couponCode();
  if ((REMOTE_PROVIDERS as readonly string[]).includes(provider)) {
    await enqueueJob(
      tx,
      {
        id: `${COUPON_CREATE}:${claim.id}`,
        kind: COUPON_CREATE,
        siteKey: site.siteKey,
        payload: {
          claimId: claim.id,
          code,
          email: claim.emailNorm,
          discount: friendDiscount(site.offer.friend),
          startsAt: now,
          expiresAt: claim.expiresAt,
        },
      },
      now,
    );
    return code;
  }
  await enqueueWebhook(
    tx,
    site,
    'coupon.claimed',
    claim.id,
    {
      claimId: claim.id,
      referralCode: claim.referralCode,
      coupon: { code, expiresAt: new Date(claim.expiresAt).toISOString() },
      friend: { email: claim.emailNorm },
      reward: site.offer.friend,
    },
    now,
  );
  return code;
}
