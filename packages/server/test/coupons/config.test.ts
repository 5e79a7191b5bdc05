import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { isConfigError } from '../../src/errors.js';

const base = {
  siteKey: 'shop-1',
  secret: 'a-secret-of-16-chars',
  origins: ['https://shop.example'],
  landingUrl: 'https://shop.example/?ref={code}',
};
const load = (site: Record<string, unknown>) =>
  loadConfig({
    GRAPEVINE_ADMIN_TOKEN: 'admin-token-16-chars',
    GRAPEVINE_SITES: JSON.stringify([{ ...base, ...site }]),
  });

function problemsOf(site: Record<string, unknown>): string[] {
  try {
    load(site);
  } catch (error) {
    if (isConfigError(error)) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const shopify = {
  provider: 'shopify',
  shop: 'my-shop.myshopify.com',
  accessToken: 'shpat_0123456789abcdef0123',
};
const stripe = { provider: 'stripe', secretKey: 'rk_live_0123456789abcdef' };
const woo = {
  provider: 'woocommerce',
  storeUrl: 'https://shop.example',
  consumerKey: 'ck_0123456789abcdef0123',
  consumerSecret: 'cs_0123456789abcdef0123',
};

describe('sites[].fulfilment', () => {
  it("is absent by default (the webhook mode) and fills each provider's defaults", () => {
    expect(load({}).sites[0]?.fulfilment).toBeUndefined();
    expect(load({ fulfilment: shopify }).sites[0]?.fulfilment).toEqual({
      ...shopify,
      apiVersion: '2026-10',
      advocateReward: 'discount-code',
      rewardValidDays: 90,
    });
    expect(load({ fulfilment: { provider: 'pool' } }).sites[0]?.fulfilment).toEqual({
      provider: 'pool',
      lowWatermark: 20,
    });
    expect(load({ fulfilment: stripe }).sites[0]?.fulfilment).toMatchObject({
      advocateReward: 'promotion-code',
    });
  });

  it.each([
    [{ provider: 'magento' }, 'GRAPEVINE_SITES[0].fulfilment.provider'],
    [
      { ...shopify, shop: 'shop.example' },
      'GRAPEVINE_SITES[0].fulfilment.shop: expected a domain like "my-shop.myshopify.com"',
    ],
    [
      { ...shopify, apiVersion: '2026-03' },
      'GRAPEVINE_SITES[0].fulfilment.apiVersion: expected a Shopify API version like "2026-10"',
    ],
    [{ ...shopify, advocateReward: 'cash' }, 'GRAPEVINE_SITES[0].fulfilment.advocateReward'],
    [
      { ...stripe, secretKey: 'pk_live_0123456789' },
      'GRAPEVINE_SITES[0].fulfilment.secretKey: expected an sk_… or rk_… key',
    ],
    [
      { ...woo, storeUrl: 'http://shop.example' },
      'GRAPEVINE_SITES[0].fulfilment.storeUrl: expected an https:// URL',
    ],
    [
      { ...woo, consumerKey: 'key' },
      'GRAPEVINE_SITES[0].fulfilment.consumerKey: expected a consumer key "ck_…"',
    ],
    [{ ...woo, token: 'x' }, 'GRAPEVINE_SITES[0].fulfilment'],
    [
      { provider: 'webhook', applyUrl: 'https://shop.example/cart' },
      'GRAPEVINE_SITES[0].fulfilment.applyUrl: must contain "{coupon}"',
    ],
  ])('names the field for %j', (fulfilment, problem) => {
    expect(problemsOf({ fulfilment }).join('\n')).toContain(problem);
  });

  it.each([
    [
      { kind: 'custom', label: 'a tote bag' },
      'GRAPEVINE_SITES[0].offer.friend.kind: "custom" cannot be created in stripe; use percent or amount',
    ],
    [
      { kind: 'amount', value: 10 },
      'GRAPEVINE_SITES[0].offer.friend.currency: required for an amount off',
    ],
    [
      { kind: 'amount', value: 10.5, currency: 'JPY' },
      'GRAPEVINE_SITES[0].offer.friend.value: JPY has no decimals, got "10.5"',
    ],
    [
      { kind: 'percent', value: 120 },
      'GRAPEVINE_SITES[0].offer.friend.value: a percentage is at most 100',
    ],
  ])('refuses a friend offer %j that a platform cannot create', (friend, problem) => {
    expect(
      problemsOf({
        fulfilment: stripe,
        offer: { friend, advocate: { kind: 'percent', value: 10 } },
      }),
    ).toEqual([problem]);
  });
});
