import type { Reward } from '@grapevine/core';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import type { Site } from '../site.js';

/** What a checkout learns about a code (`GET /v1/coupons/:code`). */
export interface CouponCheck {
  code: string;
  status: 'valid' | 'expired' | 'redeemed' | 'unknown';
  /** What the code gives (the site's friend offer), when the code is known. */
  reward?: Reward;
  expiresAt?: string;
  /** The order that redeemed it, when redeemed. */
  orderId?: string;
}

interface CouponRow {
  id: string;
  coupon: string;
  coupon_expires_at: Date | null;
  redeemed_at: Date | null;
  redeemed_order_id: string | null;
}

const SELECT = `select id, coupon, coupon_expires_at, redeemed_at, redeemed_order_id from claims
  where site_key = $1 and upper(coupon) = upper($2) and status = 'claimed'`;

function describe(site: Site, code: string, row: CouponRow | undefined, now: number): CouponCheck {
  if (!row) return { code, status: 'unknown' };
  const base = {
    code: row.coupon,
    reward: site.offer.friend,
    ...(row.coupon_expires_at ? { expiresAt: row.coupon_expires_at.toISOString() } : {}),
  };
  if (row.redeemed_at) {
    return {
      ...base,
      status: 'redeemed',
      ...(row.redeemed_order_id ? { orderId: row.redeemed_order_id } : {}),
    };
  }
  const expired = row.coupon_expires_at !== null && row.coupon_expires_at.getTime() <= now;
  return { ...base, status: expired ? 'expired' : 'valid' };
}

/** Checks a friend's code for a checkout (the `webhook` fulfilment mode's server-to-server API). */
export async function checkCoupon(
  ctx: ServerContext,
  site: Site,
  code: string,
): Promise<CouponCheck> {
  const [row] = await ctx.db.query<CouponRow>(SELECT, [site.siteKey, code]);
  return describe(site, code, row, ctx.clock.now());
}

/**
 * Redeems a code for an order, once: one conditional update, so two checkouts racing on the
 * same code cannot both win. Repeating the call for the same order answers the same (the
 * checkout may retry); another order gets 409.
 * @throws HttpError 404 unknown code, 409 expired or redeemed by another order.
 */
export async function redeemCoupon(
  ctx: ServerContext,
  site: Site,
  code: string,
  orderId: string,
): Promise<CouponCheck> {
  const now = ctx.clock.now();
  const [won] = await ctx.db.query<CouponRow>(
    `update claims set redeemed_at = $3, redeemed_order_id = $4
     where site_key = $1 and upper(coupon) = upper($2) and status = 'claimed' and redeemed_at is null
       and (coupon_expires_at is null or coupon_expires_at > $3)
     returning id, coupon, coupon_expires_at, redeemed_at, redeemed_order_id`,
    [site.siteKey, code, new Date(now), orderId],
  );
  if (won) return describe(site, code, won, now);
  const [row] = await ctx.db.query<CouponRow>(SELECT, [site.siteKey, code]);
  const check = describe(site, code, row, now);
  if (check.status === 'unknown')
    throw new HttpError(404, 'unknown-coupon', 'No friend coupon has this code.');
  if (check.status === 'redeemed' && check.orderId === orderId) return check;
  if (check.status === 'redeemed') {
    throw new HttpError(
      409,
      'coupon-redeemed',
      'The coupon was already redeemed by another order.',
    );
  }
  throw new HttpError(409, 'coupon-expired', 'The coupon has expired.');
}
