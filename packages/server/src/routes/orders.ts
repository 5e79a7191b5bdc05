import { idSchema } from '@grapevine/adapter/contract';
import {
  cancelRequestSchema,
  deliveredRequestSchema,
  orderRequestSchema,
  refundRequestSchema,
} from '@grapevine/adapter/server';
import { type Context, Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { readBody } from '../http/read-body.js';
import { serverAuth } from '../http/server-auth.js';
import { formatMinor, isMoneyError, toMinor } from '../money.js';
import { applyOrderFact, type FactResult } from '../orders/apply-fact.js';

/**
 * The orders API, server to server: `POST /v1/orders`, `POST /v1/orders/:orderId/refunds`,
 * `POST /v1/orders/:orderId/cancel`, `POST /v1/orders/:orderId/delivered`. Signed with the site's `apiSecret` (see
 * `http/server-auth.ts`); every call is idempotent, so the shop retries freely.
 */
export function orderRoutes(ctx: ServerContext): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  router.use(
    '*',
    serverAuth(() => ctx.clock.now()),
  );

  router.post('/', async (c) => {
    const body = await readBody(c, orderRequestSchema, 'POST /v1/orders request');
    const result = await applyOrderFact(ctx, c.var.site, {
      kind: 'order',
      source: 'api',
      orderId: body.orderId,
      ...(body.aliases ? { aliases: body.aliases } : {}),
      total: { minor: minor(body.total, body.currency, 'total'), currency: body.currency },
      ...(body.customerId ? { customerId: body.customerId } : {}),
      ...(body.email ? { email: body.email } : {}),
      discountCodes: body.discountCodes ?? [],
      ...(body.referralCode ? { referralCode: body.referralCode } : {}),
      ...(body.visitorId ? { visitorId: body.visitorId } : {}),
      ...(body.locale ? { locale: body.locale } : {}),
      createdAt: time(body.createdAt, ctx.clock.now()),
    });
    return answer(c, result);
  });

  router.post('/:orderId/refunds', async (c) => {
    const orderId = orderIdParam(c.req.param('orderId'));
    const body = await readBody(c, refundRequestSchema, 'POST /v1/orders/:orderId/refunds request');
    const result = await applyOrderFact(ctx, c.var.site, {
      kind: 'refund',
      source: 'api',
      orderId,
      refundId: body.refundId,
      amount: { minor: minor(body.amount, body.currency, 'amount'), currency: body.currency },
      createdAt: time(body.createdAt, ctx.clock.now()),
    });
    return answer(c, result);
  });

  router.post('/:orderId/cancel', async (c) => {
    const orderId = orderIdParam(c.req.param('orderId'));
    // No body at all is a valid cancellation.
    const body =
      (await c.req.text()).trim() === ''
        ? {}
        : await readBody(c, cancelRequestSchema, 'POST /v1/orders/:orderId/cancel request');
    const result = await applyOrderFact(ctx, c.var.site, {
      kind: 'cancellation',
      source: 'api',
      orderId,
      createdAt: time(body.createdAt, ctx.clock.now()),
    });
    return answer(c, result);
  });

  router.post('/:orderId/delivered', async (c) => {
    const orderId = orderIdParam(c.req.param('orderId'));
    // No body at all: delivered now.
    const body =
      (await c.req.text()).trim() === ''
        ? {}
        : await readBody(c, deliveredRequestSchema, 'POST /v1/orders/:orderId/delivered request');
    const result = await applyOrderFact(ctx, c.var.site, {
      kind: 'delivery',
      source: 'api',
      orderId,
      deliveredAt: time(body.deliveredAt, ctx.clock.now()),
    });
    return answer(c, result);
  });

  return router;
}

function answer(c: Context<AppEnv>, result: FactResult) {
  return c.json({
    outcome: result.outcome,
    orderId: result.orderId,
    reward: result.reward
      ? {
          state: result.reward.state,
          amount: formatMinor(result.reward.amountMinor, result.reward.currency),
          currency: result.reward.currency,
        }
      : null,
  });
}

function minor(amount: string, currency: string, field: string): number {
  try {
    return toMinor(amount, currency);
  } catch (error) {
    if (isMoneyError(error))
      throw new HttpError(400, 'invalid-request', `${field}: ${error.message}`);
    throw error;
  }
}

function time(iso: string | undefined, now: number): number {
  return iso === undefined ? now : Date.parse(iso);
}

function orderIdParam(raw: string): string {
  if (!idSchema.safeParse(raw).success || raw.includes('\u0000')) {
    throw new HttpError(400, 'invalid-request', 'orderId: expected 1–128 characters');
  }
  return raw;
}
