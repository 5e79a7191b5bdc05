import { z } from 'zod';

/** Shopify: the shop and the key its webhooks are signed with. */
export interface ShopifySourceConfig {
  /** The shop's permanent domain, as Shopify sends it in `X-Shopify-Shop-Domain`. */
  shopDomain: string;
  /** The app's client secret, or the key shown under Settings → Notifications → Webhooks. */
  webhookSecret: string;
}

/** Stripe: the endpoint's signing secret. */
export interface StripeSourceConfig {
  /** The endpoint's signing secret, `whsec_…`. */
  webhookSecret: string;
  /** How old a signed timestamp may be. @default 300 */
  toleranceSeconds: number;
}

/** WooCommerce: the webhook's secret. */
export interface WooCommerceSourceConfig {
  /** The secret set on the webhook (WooCommerce → Settings → Advanced → Webhooks). */
  webhookSecret: string;
}

/** The platforms whose order webhooks a site accepts; a platform left out answers 404. */
export interface OrderSourcesConfig {
  shopify?: ShopifySourceConfig;
  stripe?: StripeSourceConfig;
  woocommerce?: WooCommerceSourceConfig;
}

const secret = z.string().min(16, 'expected at least 16 characters');

/** The `orderSources` field of a site in `GRAPEVINE_SITES`; unknown keys are errors. */
export const orderSourcesSchema = z.strictObject({
  shopify: z
    .strictObject({
      shopDomain: z
        .string()
        .regex(
          /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/i,
          'expected the shop\'s permanent domain, like "my-shop.myshopify.com"',
        )
        .transform((domain) => domain.toLowerCase()),
      webhookSecret: secret,
    })
    .optional(),
  stripe: z
    .strictObject({
      webhookSecret: z.string().regex(/^whsec_\S{8,}$/, 'expected a signing secret "whsec_…"'),
      toleranceSeconds: z.number().int().min(1).max(3600).default(300),
    })
    .optional(),
  woocommerce: z.strictObject({ webhookSecret: secret }).optional(),
});

/** The parsed field without the keys zod leaves `undefined` (exact optional properties). */
export function toOrderSources(parsed: z.output<typeof orderSourcesSchema>): OrderSourcesConfig {
  const { shopify, stripe, woocommerce } = parsed;
  return {
    ...(shopify === undefined ? {} : { shopify }),
    ...(stripe === undefined ? {} : { stripe }),
    ...(woocommerce === undefined ? {} : { woocommerce }),
  };
}
