import type { OrderSourcesConfig } from './config.js';
import { shopifySource } from './shopify.js';
import type { InboundWebhook, PlatformName, WebhookOutcome } from './source.js';
import { stripeSource } from './stripe.js';
import { wooCommerceSource } from './woocommerce.js';

/** Whether a path segment names a platform. */
export function isPlatformName(name: string): name is PlatformName {
  return name === 'shopify' || name === 'stripe' || name === 'woocommerce';
}

/**
 * Verifies and maps a delivery with the platform's source, or `undefined` when the site has
 * not configured that platform.
 */
export function receiveFrom(
  platform: PlatformName,
  config: OrderSourcesConfig | undefined,
  request: InboundWebhook,
): WebhookOutcome | undefined {
  switch (platform) {
    case 'shopify':
      return config?.shopify && shopifySource.receive(request, config.shopify);
    case 'stripe':
      return config?.stripe && stripeSource.receive(request, config.stripe);
    case 'woocommerce':
      return config?.woocommerce && wooCommerceSource.receive(request, config.woocommerce);
  }
}
