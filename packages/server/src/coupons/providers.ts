import type { Fulfilment } from './config.js';
import type { CouponProvider } from './provider.js';
import { shopifyProvider } from './shopify.js';
import { stripeProvider } from './stripe.js';
import { woocommerceProvider } from './woocommerce.js';

/**
 * The platform client for a site's fulfilment settings, or `undefined` for `webhook` and
 * `pool`, which need no platform call.
 */
export function couponProvider(
  fulfilment: Fulfilment | undefined,
  deps: { fetch: typeof fetch; now: () => number },
): CouponProvider | undefined {
  switch (fulfilment?.provider) {
    case 'shopify':
      return shopifyProvider(fulfilment, deps);
    case 'stripe':
      return stripeProvider(fulfilment, deps);
    case 'woocommerce':
      return woocommerceProvider(fulfilment, deps);
    default:
      return undefined;
  }
}
