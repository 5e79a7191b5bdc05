import { z } from 'zod';
import { isMoneyError, toMinor } from '../money.js';

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });
/** Only for proxies and tests (the fakes listen on http://127.0.0.1). */
const apiBaseUrl = httpUrl.optional();
/** Days an advocate's reward code or gift card stays valid. */
const rewardValidDays = z.number().int().positive().max(3650).default(90);
const applyUrl = httpUrl
  .refine((url) => url.includes('{coupon}'), 'must contain "{coupon}"')
  .optional();

const webhook = z.object({ provider: z.literal('webhook'), applyUrl }).strict();

const pool = z
  .object({
    provider: z.literal('pool'),
    /** Warn (log + dashboard) when fewer codes than this remain. */
    lowWatermark: z.number().int().nonnegative().default(20),
    applyUrl,
  })
  .strict();

const shopify = z
  .object({
    provider: z.literal('shopify'),
    /** The shop's permanent domain, e.g. `my-shop.myshopify.com`. */
    shop: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/,
        'expected a domain like "my-shop.myshopify.com"',
      ),
    /** An Admin API access token (`shpat_…`) with `write_discounts` (and `write_gift_cards`). */
    accessToken: z.string().min(20, 'expected an Admin API access token'),
    apiVersion: z
      .string()
      .regex(/^\d{4}-(01|04|07|10)$/, 'expected a Shopify API version like "2026-10"')
      .default('2026-10'),
    /** The storefront the apply link opens. @default `https://<shop>` */
    storefrontUrl: httpsUrl.optional(),
    /** The advocate's reward: a discount code, or a gift card where the store sells them. */
    advocateReward: z.enum(['discount-code', 'gift-card']).default('discount-code'),
    rewardValidDays,
    apiBaseUrl,
    applyUrl,
  })
  .strict();

const stripe = z
  .object({
    provider: z.literal('stripe'),
    /** A restricted key (`rk_…`) or secret key (`sk_…`). */
    secretKey: z
      .string()
      .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]{8,}$/, 'expected an sk_… or rk_… key'),
    /** The advocate's reward: a promotion code, or a credit on their Stripe customer balance. */
    advocateReward: z.enum(['promotion-code', 'balance-credit']).default('promotion-code'),
    rewardValidDays,
    apiBaseUrl,
    applyUrl,
  })
  .strict();

const woocommerce = z
  .object({
    provider: z.literal('woocommerce'),
    /** The WordPress site, e.g. `https://shop.example`; the REST API is under `/wp-json/wc/v3`. */
    storeUrl: httpsUrl,
    consumerKey: z.string().regex(/^ck_[0-9a-f]{20,}$/, 'expected a consumer key "ck_…"'),
    consumerSecret: z.string().regex(/^cs_[0-9a-f]{20,}$/, 'expected a consumer secret "cs_…"'),
    rewardValidDays,
    apiBaseUrl,
    applyUrl,
  })
  .strict();

/**
 * How a site's friend coupons and advocate rewards are fulfilled (`sites[].fulfilment`).
 * @default { provider: 'webhook' }
 */
export const fulfilmentSchema = z.discriminatedUnion('provider', [
  webhook,
  pool,
  shopify,
  stripe,
  woocommerce,
]);

/** A site's fulfilment settings, validated. */
export type Fulfilment = z.output<typeof fulfilmentSchema>;
/** The fulfilment settings of one provider. */
export type FulfilmentOf<P extends Fulfilment['provider']> = Extract<Fulfilment, { provider: P }>;

/** Providers that create codes through the shop platform's API (in a job). */
export const REMOTE_PROVIDERS = ['shopify', 'stripe', 'woocommerce'] as const;

/**
 * Cross-field checks the schema cannot express: a platform can only create a percent or
 * amount discount, not a "custom" reward.
 * @returns problems, each naming its field.
 */
export function fulfilmentProblems(
  fulfilment: Fulfilment | undefined,
  friend: { kind: string; value?: number | undefined; currency?: string | undefined },
): string[] {
  if (!fulfilment || !(REMOTE_PROVIDERS as readonly string[]).includes(fulfilment.provider)) {
    return [];
  }
  if (friend.kind === 'custom') {
    return [
      `offer.friend.kind: "custom" cannot be created in ${fulfilment.provider}; use percent or amount`,
    ];
  }
  if (friend.value === undefined || friend.value <= 0) {
    return ['offer.friend.value: required (above 0) to create the coupon'];
  }
  if (friend.kind === 'amount') {
    if (!friend.currency) return ['offer.friend.currency: required for an amount off'];
    try {
      toMinor(String(friend.value), friend.currency);
    } catch (error) {
      if (!isMoneyError(error)) throw error;
      return [`offer.friend.value: ${error.message}`];
    }
  }
  if (friend.kind === 'percent' && friend.value > 100) {
    return ['offer.friend.value: a percentage is at most 100'];
  }
  return [];
}
