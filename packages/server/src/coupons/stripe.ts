import Stripe from 'stripe';
import { parseRetryAfter } from '../jobs/backoff.js';
import type { FulfilmentOf } from './config.js';
import { ProviderError } from './errors.js';
import { PROVIDER_TIMEOUT_MS } from './http.js';
import {
  ACCESS_PROBE_CODE,
  type AdvocateReward,
  type CouponProvider,
  type Discount,
} from './provider.js';

/** What the Stripe client needs besides its settings. */
export interface StripeDeps {
  now: () => number;
}

/**
 * Stripe through the official SDK: a one-time coupon (`duration: once`, one redemption) and
 * a promotion code carrying exactly Grapevine's code (`max_redemptions: 1`, `expires_at`);
 * the advocate gets the same, or a credit on their customer balance. Every POST carries an
 * `Idempotency-Key` derived from the claim or reward, so a retry replays the first answer;
 * after Stripe forgets the key (24 h) an "already exists" code is looked up instead.
 * The SDK's own retries are off: the job queue retries, with backoff and `Retry-After`.
 */
export function stripeProvider(settings: FulfilmentOf<'stripe'>, deps: StripeDeps): CouponProvider {
  const target = settings.apiBaseUrl ? new URL(settings.apiBaseUrl) : undefined;
  const stripe = new Stripe(settings.secretKey, {
    maxNetworkRetries: 0,
    timeout: PROVIDER_TIMEOUT_MS,
    telemetry: false,
    appInfo: { name: 'grapevine-server' },
    ...(target
      ? {
          host: target.hostname,
          port: target.port || (target.protocol === 'https:' ? 443 : 80),
          protocol: target.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });

  async function promotionCode(
    key: string,
    code: string,
    discount: Discount,
    expiresAt: number,
    metadata: Record<string, string>,
  ): Promise<string> {
    const coupon = await call(() =>
      stripe.coupons.create(
        {
          ...(discount.kind === 'percent'
            ? { percent_off: discount.percent }
            : {
                amount_off: discount.amount.minor,
                currency: discount.amount.currency.toLowerCase(),
              }),
          duration: 'once',
          max_redemptions: 1,
          name: metadata.grapevine_kind === 'reward' ? 'Grapevine reward' : 'Grapevine friend',
          metadata,
        },
        { idempotencyKey: `grapevine-coupon-${key}` },
      ),
    );
    try {
      const promo = await call(() =>
        stripe.promotionCodes.create(
          {
            promotion: { type: 'coupon', coupon: coupon.id },
            code,
            max_redemptions: 1,
            expires_at: Math.floor(expiresAt / 1000),
            metadata,
          },
          { idempotencyKey: `grapevine-promo-${key}` },
        ),
      );
      return promo.id;
    } catch (error) {
      if (!(error instanceof ProviderError) || error.status !== 400) throw error;
      // Our random code exists: an earlier attempt created it (its idempotency key expired).
      const found = await call(() => stripe.promotionCodes.list({ code, limit: 1 }));
      const existing = found.data[0];
      if (existing && existing.metadata?.grapevine_ref === metadata.grapevine_ref)
        return existing.id;
      throw error;
    }
  }

  async function call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toProviderError(error, deps.now());
    }
  }

  return {
    name: 'stripe',
    async createFriendCoupon(coupon) {
      const metadata = { grapevine_kind: 'friend', grapevine_ref: coupon.claimId };
      return {
        ref: await promotionCode(
          coupon.claimId,
          coupon.code,
          coupon.discount,
          coupon.expiresAt,
          metadata,
        ),
      };
    },
    async fulfilReward(reward: AdvocateReward) {
      const metadata = { grapevine_kind: 'reward', grapevine_ref: reward.rewardId };
      if (settings.advocateReward === 'promotion-code') {
        const discount: Discount = { kind: 'amount', amount: reward.amount };
        const ref = await promotionCode(
          reward.rewardId,
          reward.code,
          discount,
          reward.expiresAt,
          metadata,
        );
        return { kind: 'promotion-code', ref, code: reward.code };
      }
      const customerId = reward.customerId;
      if (!customerId?.startsWith('cus_')) {
        throw new ProviderError(
          'stripe',
          "a balance credit needs the advocate's Stripe customer id (cus_…)",
          {
            permanent: true,
          },
        );
      }
      const transaction = await call(() =>
        stripe.customers.createBalanceTransaction(
          customerId,
          {
            amount: -reward.amount.minor, // negative: a credit the next invoice uses
            currency: reward.amount.currency.toLowerCase(),
            description: 'Grapevine referral reward',
            metadata,
          },
          { idempotencyKey: `grapevine-credit-${reward.rewardId}` },
        ),
      );
      return { kind: 'balance-credit', ref: transaction.id };
    },
    async verifyAccess() {
      // Needs the key and read access to promotion codes, which issuing them uses too.
      await call(() => stripe.promotionCodes.list({ code: ACCESS_PROBE_CODE, limit: 1 }));
    },
  };
}

/** Stripe's errors as job failures: 429, 5xx and connection errors are temporary. */
function toProviderError(error: unknown, now: number): ProviderError {
  if (!(error instanceof Stripe.errors.StripeError)) {
    return new ProviderError('stripe', error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  const status = error.statusCode;
  const temporary =
    error instanceof Stripe.errors.StripeConnectionError ||
    status === undefined ||
    status === 429 ||
    status === 409 ||
    status >= 500;
  const header = error.headers?.['retry-after'];
  const retryAfterMs = parseRetryAfter(typeof header === 'string' ? header : undefined, now);
  return new ProviderError('stripe', `${status ?? 'network'} ${error.type}: ${error.message}`, {
    permanent: !temporary,
    cause: error,
    ...(status === undefined ? {} : { status }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
