import type { Site } from '../../../src/site.js';
import { testSite } from '../../helpers/harness.js';

/** The order sources of the site the route tests post to. */
export const SHOPIFY = {
  shopDomain: 'grapevine-test.myshopify.com',
  webhookSecret: 'shopify-secret-0123456789',
};
export const STRIPE = { webhookSecret: 'whsec_grapevine_test_0123456789', toleranceSeconds: 300 };
export const WOO = { webhookSecret: 'wc-secret-0123456789abcdef' };

export const site: Site = testSite({
  orderSources: { shopify: SHOPIFY, stripe: STRIPE, woocommerce: WOO },
});
