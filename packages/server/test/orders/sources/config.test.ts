import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { isConfigError } from '../../../src/errors.js';

const base = {
  siteKey: 'shop-1',
  secret: 'site-secret-0123456789',
  origins: ['https://shop.example'],
  landingUrl: 'https://shop.example/?ref={code}',
};
const load = (orderSources: unknown) =>
  loadConfig({
    GRAPEVINE_ADMIN_TOKEN: 'admin-token-0123456789',
    GRAPEVINE_SITES: JSON.stringify([{ ...base, orderSources }]),
  });
function problems(orderSources: unknown): string[] {
  try {
    load(orderSources);
    return [];
  } catch (error) {
    if (isConfigError(error)) return [...error.problems];
    throw error;
  }
}

describe('a site’s orderSources', () => {
  it('reads every platform, lower-cases the shop domain and defaults the Stripe tolerance', () => {
    const config = load({
      shopify: { shopDomain: 'My-Shop.myshopify.com', webhookSecret: 'shpss_0123456789abcdef' },
      stripe: { webhookSecret: 'whsec_0123456789abcdef' },
      woocommerce: { webhookSecret: 'wc-secret-0123456789' },
    });
    expect(config.sites[0]?.orderSources).toEqual({
      shopify: { shopDomain: 'my-shop.myshopify.com', webhookSecret: 'shpss_0123456789abcdef' },
      stripe: { webhookSecret: 'whsec_0123456789abcdef', toleranceSeconds: 300 },
      woocommerce: { webhookSecret: 'wc-secret-0123456789' },
    });
  });

  it('is optional, and a site without it has none', () => {
    expect(load(undefined).sites[0]).not.toHaveProperty('orderSources');
    expect(load({}).sites[0]?.orderSources).toEqual({});
  });

  it.each([
    [
      { shopify: { shopDomain: 'shop.example', webhookSecret: 'shpss_0123456789abcdef' } },
      'GRAPEVINE_SITES[0].orderSources.shopify.shopDomain',
    ],
    [
      { shopify: { shopDomain: 'my-shop.myshopify.com', webhookSecret: 'short' } },
      'GRAPEVINE_SITES[0].orderSources.shopify.webhookSecret',
    ],
    [
      { stripe: { webhookSecret: 'sk_live_0123456789abcdef' } },
      'GRAPEVINE_SITES[0].orderSources.stripe.webhookSecret',
    ],
    [
      { stripe: { webhookSecret: 'whsec_0123456789abcdef', toleranceSeconds: 0 } },
      'GRAPEVINE_SITES[0].orderSources.stripe.toleranceSeconds',
    ],
    [{ woocommerce: {} }, 'GRAPEVINE_SITES[0].orderSources.woocommerce.webhookSecret'],
    [
      { woocommerce: { webhookSecret: 'wc-secret-0123456789', secret: 'x' } },
      'GRAPEVINE_SITES[0].orderSources.woocommerce',
    ],
    [{ paypal: {} }, 'GRAPEVINE_SITES[0].orderSources'],
  ])('names the field: %j', (orderSources, field) => {
    expect(problems(orderSources)).toEqual([expect.stringContaining(`${field}:`)]);
  });
});
