import { formatMinor } from '../money.js';
import type { FulfilmentOf } from './config.js';
import { ProviderError } from './errors.js';
import { requestJson } from './http.js';
import {
  ACCESS_PROBE_CODE,
  type AdvocateReward,
  type CouponProvider,
  type Discount,
  type FriendCoupon,
} from './provider.js';

/** What the WooCommerce client needs besides its settings. */
export interface WooCommerceDeps {
  fetch: typeof fetch;
  now: () => number;
}

interface WooCoupon {
  id: number;
  code: string;
}

/**
 * WooCommerce through REST API v3 (`/wp-json/wc/v3/coupons`), authenticated with the
 * consumer key and secret as HTTP Basic auth over HTTPS (never in the query string). Each
 * coupon is Grapevine's code, single use, restricted to one email, expiring. A retry first
 * looks the code up, so a request that timed out after WooCommerce stored it is not repeated.
 */
export function woocommerceProvider(
  settings: FulfilmentOf<'woocommerce'>,
  deps: WooCommerceDeps,
): CouponProvider {
  const base = `${(settings.apiBaseUrl ?? settings.storeUrl).replace(/\/$/, '')}/wp-json/wc/v3`;
  const http = { provider: 'woocommerce', fetch: deps.fetch, now: deps.now };
  const authorization = `Basic ${Buffer.from(`${settings.consumerKey}:${settings.consumerSecret}`).toString('base64')}`;
  const headers = { authorization, accept: 'application/json' };
  const describe = (body: unknown, text: string) => {
    const error = body as { code?: string; message?: string } | null;
    return error?.code ? `${error.code}: ${error.message ?? ''}` : text.slice(0, 300);
  };

  async function find(code: string): Promise<WooCoupon | undefined> {
    const url = `${base}/coupons?code=${encodeURIComponent(code)}`;
    const list = (await requestJson(http, url, { headers }, describe)) as WooCoupon[];
    return Array.isArray(list)
      ? list.find((coupon) => coupon.code.toLowerCase() === code.toLowerCase())
      : undefined;
  }

  async function create(
    coupon: {
      code: string;
      discount: Discount;
      email?: string;
      expiresAt: number;
      description: string;
    },
    attempt: number,
  ): Promise<string> {
    if (attempt > 1) {
      const existing = await find(coupon.code);
      if (existing) return String(existing.id);
    }
    const body = {
      code: coupon.code,
      discount_type: coupon.discount.kind === 'percent' ? 'percent' : 'fixed_cart',
      amount:
        coupon.discount.kind === 'percent'
          ? String(coupon.discount.percent)
          : formatMinor(coupon.discount.amount.minor, coupon.discount.amount.currency),
      individual_use: true,
      usage_limit: 1,
      usage_limit_per_user: 1,
      // WooCommerce compares dates in the store's time zone; the GMT field is unambiguous.
      date_expires_gmt: new Date(coupon.expiresAt).toISOString().slice(0, 19),
      email_restrictions: coupon.email ? [coupon.email] : [],
      description: coupon.description,
    };
    try {
      const created = (await requestJson(
        http,
        `${base}/coupons`,
        {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
        describe,
      )) as WooCoupon;
      return String(created.id);
    } catch (error) {
      if (
        error instanceof ProviderError &&
        error.message.includes('woocommerce_rest_coupon_code_already_exists')
      ) {
        const existing = await find(coupon.code);
        if (existing) return String(existing.id);
      }
      throw error;
    }
  }

  return {
    name: 'woocommerce',
    async createFriendCoupon(coupon: FriendCoupon) {
      const ref = await create(
        { ...coupon, description: `Grapevine friend coupon (claim ${coupon.claimId})` },
        coupon.attempt ?? 1,
      );
      return { ref };
    },
    async fulfilReward(reward: AdvocateReward) {
      const ref = await create(
        {
          code: reward.code,
          discount: { kind: 'amount', amount: reward.amount },
          ...(reward.email ? { email: reward.email } : {}),
          expiresAt: reward.expiresAt,
          description: `Grapevine referral reward ${reward.rewardId}`,
        },
        reward.attempt ?? 1,
      );
      return { kind: 'coupon', ref, code: reward.code };
    },
    async verifyAccess() {
      await find(ACCESS_PROBE_CODE); // needs the key pair with read access to coupons
    },
  };
}
