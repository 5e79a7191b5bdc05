import { redeemRequestSchema } from '@grapevine/adapter/server';
import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { checkCoupon, redeemCoupon } from '../coupons/checkout.js';
import { HttpError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { readBody } from '../http/read-body.js';
import { serverAuth } from '../http/server-auth.js';

const COUPON = /^[A-Za-z0-9_-]{3,64}$/;

/**
 * The coupon API for shops that issue codes themselves (`fulfilment: webhook`), server to
 * server: `GET /v1/coupons/:code` (valid, expired, redeemed or unknown, with the offer) and
 * `POST /v1/coupons/:code/redeem` `{ orderId }` (once; the same order again answers the
 * same, another order gets 409). Signed with the site's `apiSecret` like the orders API; a
 * browser (any request with `Origin`) is refused and no CORS header is ever sent.
 */
export function couponRoutes(ctx: ServerContext): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  router.use(
    '*',
    serverAuth(() => ctx.clock.now()),
  );

  router.get('/:code', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await checkCoupon(ctx, c.var.site, code(c.req.param('code'))));
  });

  router.post('/:code/redeem', async (c) => {
    const coupon = code(c.req.param('code'));
    const { orderId } = await readBody(
      c,
      redeemRequestSchema,
      'POST /v1/coupons/:code/redeem request',
    );
    return c.json(await redeemCoupon(ctx, c.var.site, coupon, orderId));
  });
  return router;
}

function code(value: string): string {
  if (!COUPON.test(value)) {
    throw new HttpError(400, 'invalid-request', 'code: expected 3–64 letters, digits, _ or -');
  }
  return value;
}
