/**
 * Version 10: deliveries and the customer's language (issue #15). An order learns when it was
 * delivered (Shopify fulfillment events, WooCommerce `completed`, the orders API) and the
 * language its customer shopped in; NPS by email counts its `after` from the delivery.
 */
export const deliveriesMigration = {
  version: 10,
  name: 'order deliveries and customer locale',
  statements: [
    'alter table orders add column delivered_at timestamptz',
    'alter table orders add column locale text',
    // One delivery report per (source, order name): a replay, or a second parcel of the same
    // order, is a duplicate. Kept when the order has not arrived yet, applied when it does.
    `create table order_deliveries (
      site_key text not null,
      source text not null,
      order_ref text not null,
      delivered_at timestamptz not null,
      received_at timestamptz not null,
      applied_at timestamptz,
      primary key (site_key, source, order_ref)
    )`,
    `create index order_deliveries_waiting on order_deliveries (site_key, order_ref)
       where applied_at is null`,
    // What an ask's `after` counts from: the order, its reported delivery, or the delivery
    // assumed once `assumeDeliveredAfter` passed without a report. Null on older rows (the order).
    'alter table email_asks add column ask_from timestamptz',
    `alter table email_asks add column ask_basis text not null default 'order'
       check (ask_basis in ('order', 'delivery', 'assumed'))`,
  ],
} as const;
