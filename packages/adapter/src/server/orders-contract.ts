import { currencySchema, idSchema, referralCodeSchema } from '../contract/primitives.js';
import * as z from '../contract/zod.js';

/**
 * An amount of major units as a decimal string: `"129.90"` EUR, `"1999"` JPY, `"1.500"` KWD.
 * A string, never a JSON number, so no client ever rounds cents through floating point; the
 * server refuses more decimals than the currency has.
 */
export const decimalAmountSchema = z
  .string()
  .check(z.regex(/^\d{1,15}(\.\d{1,4})?$/, 'expected a decimal string like "129.90"'));

const isoTime = z.iso.datetime({ offset: true });

/** A BCP 47 language tag as shops write it: `da`, `pt-BR`, `zh-Hans-CN`, `nb_NO`. */
const localeSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}$/, 'expected a BCP 47 tag like "da-DK"'),
  );

/** Body of `POST /v1/orders`: an order the shop's server confirms was placed and paid. */
export const orderRequestSchema = z.object({
  /** The shop's order id, unique per site. */
  orderId: idSchema,
  /** Other ids the order is known by (checkout token, payment intent), up to 10. */
  aliases: z.exactOptional(z.array(idSchema).check(z.maxLength(10))),
  /** What the customer paid after discounts, in major units as a decimal string. */
  total: decimalAmountSchema,
  currency: currencySchema,
  customerId: z.exactOptional(idSchema),
  email: z.exactOptional(z.string().check(z.maxLength(254))),
  /** Every discount code used on the order, as entered. */
  discountCodes: z.exactOptional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20))),
  /** A referral code the shop captured itself (a hint, like the browser's). */
  referralCode: z.exactOptional(referralCodeSchema),
  /** The widget's visitor id for this shopper, when the shop passes it on. */
  visitorId: z.exactOptional(idSchema),
  /** When the order was placed (ISO 8601). @default the time of the call */
  createdAt: z.exactOptional(isoTime),
  /**
   * The language the customer shopped in (BCP 47: `"da"`, `"nb-NO"`). Emails to this
   * customer use it where Grapevine ships it. @default the site's `email.locale`
   */
  locale: z.exactOptional(localeSchema),
});

/** Body of `POST /v1/orders/{orderId}/refunds`: money given back, by this refund alone. */
export const refundRequestSchema = z.object({
  /** The shop's refund id; a refund id is applied once per order. */
  refundId: idSchema,
  /** The amount of this refund (not cumulative), in major units as a decimal string. */
  amount: decimalAmountSchema,
  currency: currencySchema,
  createdAt: z.exactOptional(isoTime),
});

/** Body of `POST /v1/orders/{orderId}/cancel` (may be empty): the order counts as fully refunded. */
export const cancelRequestSchema = z.object({
  reason: z.exactOptional(z.string().check(z.maxLength(500))),
  createdAt: z.exactOptional(isoTime),
});

/**
 * Body of `POST /v1/orders/{orderId}/delivered` (may be empty): the order reached the
 * customer. The first report counts; NPS by email is due `after` it.
 */
export const deliveredRequestSchema = z.object({
  /** When it was delivered (ISO 8601). @default the time of the call */
  deliveredAt: z.exactOptional(isoTime),
});

/** An advocate reward as the orders API reports it. */
export const rewardSummarySchema = z.object({
  state: z.enum(['pending', 'held', 'approved', 'fulfilled', 'voided', 'rejected', 'reversed']),
  /** Decimal string in the reward currency's units. */
  amount: z.string(),
  currency: currencySchema,
});

/** The answer to every orders API call. */
export const orderResultSchema = z.object({
  /**
   * `recorded`: stored now. `duplicate`: this fact was already stored (a retry; nothing
   * changed). `waiting-for-order`: a refund, cancellation or delivery for an order not
   * received yet; it is applied when the order arrives.
   */
  outcome: z.enum(['recorded', 'duplicate', 'waiting-for-order']),
  orderId: idSchema,
  /** The order's advocate reward, if it earned one. */
  reward: z.nullable(rewardSummarySchema),
});

/** The body of `POST /v1/orders`. */
export type OrderRequest = z.output<typeof orderRequestSchema>;
/** The body of `POST /v1/orders/{orderId}/refunds`. */
export type RefundRequest = z.output<typeof refundRequestSchema>;
/** The body of `POST /v1/orders/{orderId}/cancel`. */
export type CancelRequest = z.output<typeof cancelRequestSchema>;
/** The body of `POST /v1/orders/{orderId}/delivered`. */
export type DeliveredRequest = z.output<typeof deliveredRequestSchema>;
/** What every orders API call answers. */
export type OrderResult = z.output<typeof orderResultSchema>;
