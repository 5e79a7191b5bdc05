/**
 * Facts about orders that the shop's own systems confirm, server to server. Every order
 * source (the signed orders API, Shopify, Stripe and WooCommerce webhooks) turns what it
 * receives into these shapes, after its signature was checked; the order service applies
 * them. Nothing here ever comes from a browser.
 *
 * Money is exact: amounts are integers in the currency's minor unit (cents for EUR, yen for
 * JPY, fils for KWD), never floating-point.
 */

/** Where a fact came from. */
export type OrderSourceName = 'api' | 'shopify' | 'stripe' | 'woocommerce';

/** An amount of money in a currency's minor unit. */
export interface Money {
  /** Integer, in the minor unit of `currency` (1999 = 19.99 EUR; 1999 = ¥1,999). */
  minor: number;
  /** ISO 4217, upper case. */
  currency: string;
}

/** An order the shop confirms was placed and paid. */
export interface VerifiedOrder {
  kind: 'order';
  source: OrderSourceName;
  /** The shop's order id, unique per site. */
  orderId: string;
  /**
   * Other ids the same order is known by, unique per site: a Stripe payment intent or
   * checkout session, a Shopify order name or checkout token. A refund or a browser report
   * may name the order by any of them.
   */
  aliases?: string[];
  /** What the customer paid, after discounts. Rewards are computed from this. */
  total: Money;
  /** The shop's customer id, when it has one. */
  customerId?: string;
  /** The customer's email as the shop has it (normalized by the service). */
  email?: string;
  /** Every discount code used on the order, as entered (matched case-insensitively). */
  discountCodes: string[];
  /**
   * Provider object ids of the discounts used (Stripe promotion code ids, Shopify discount
   * node ids), matched against those Grapevine stored when it created the coupon.
   */
  discountRefs?: string[];
  /** A referral code the shop itself captured and passed on (a hint, like the browser's). */
  referralCode?: string;
  /** The visitor id the widget reported for this order, when the shop passes it on. */
  visitorId?: string;
  /** When the order was placed (epoch ms, from the shop). */
  createdAt: number;
  /**
   * The language the customer shopped in, as the source gives it (a BCP 47 tag like
   * `da-DK`; Shopify's `customer_locale`). Emails to this customer use it where shipped.
   */
  locale?: string;
}

/**
 * The order reached the customer (a carrier's "delivered", or what the source counts as
 * such). The first report per (source, order name) counts; later ones are duplicates.
 */
export interface VerifiedDelivery {
  kind: 'delivery';
  source: OrderSourceName;
  /** The order's id or any of its aliases; the order may not have arrived yet. */
  orderId: string;
  /** When it was delivered (epoch ms); never later than when the server heard of it. */
  deliveredAt: number;
}

/** Money given back on an order: a partial or full refund. Idempotent by `refundId`. */
export interface VerifiedRefund {
  kind: 'refund';
  source: OrderSourceName;
  /** The order's id or any of its aliases; the order may not have arrived yet. */
  orderId: string;
  /** The platform's refund id, unique per order. */
  refundId: string;
  /** The amount refunded by this refund alone (not cumulative). */
  amount: Money;
  createdAt: number;
}

/** The shop cancelled the order: it counts as a full refund. */
export interface VerifiedCancellation {
  kind: 'cancellation';
  source: OrderSourceName;
  /** The order's id or any of its aliases; the order may not have arrived yet. */
  orderId: string;
  createdAt: number;
}

/** Any verified fact about an order. */
export type OrderFact = VerifiedOrder | VerifiedRefund | VerifiedCancellation | VerifiedDelivery;
