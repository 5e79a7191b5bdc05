/** Version 4: the deliveries of platform order webhooks (src/orders/sources/deliveries.ts). */
export const inboundDeliveriesMigration = {
  version: 4,
  name: 'inbound platform webhook deliveries',
  statements: [
    // One row per delivery of a platform webhook (Shopify, Stripe, WooCommerce): the
    // primary key makes a second copy a duplicate, also when both arrive at once.
    `create table inbound_deliveries (
        site_key text not null,
        source text not null check (source in ('shopify', 'stripe', 'woocommerce')),
        delivery_id text not null,
        topic text not null,
        status text not null check (status in ('processing', 'applied')),
        claim_token text,
        claimed_at timestamptz not null,
        applied_at timestamptz,
        primary key (site_key, source, delivery_id)
      )`,
  ],
};
