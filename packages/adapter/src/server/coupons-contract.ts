import { idSchema, isoDateTimeSchema } from '../contract/primitives.js';
import { rewardSchema } from '../contract/referral.js';
import * as z from '../contract/zod.js';

/**
 * Answer of `GET /v1/coupons/{code}` and `POST /v1/coupons/{code}/redeem`: what a friend's
 * code is worth at the checkout. `unknown` carries only the code.
 */
export const couponCheckSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
  status: z.enum(['valid', 'expired', 'redeemed', 'unknown']),
  /** What the code gives: the site's friend offer. */
  reward: z.exactOptional(rewardSchema),
  expiresAt: z.exactOptional(isoDateTimeSchema),
  /** The order that redeemed it. */
  orderId: z.exactOptional(idSchema),
});

/** A coupon check's answer. */
export type CouponCheck = z.output<typeof couponCheckSchema>;

/** Body of `POST /v1/coupons/{code}/redeem`: the order that uses the coupon. */
export const redeemRequestSchema = z.object({ orderId: idSchema });
