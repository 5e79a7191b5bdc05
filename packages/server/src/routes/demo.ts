import { signAdvocate } from '@grapevine/adapter/server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { z } from 'zod/mini';
import { ownOrigin } from '../admin/csrf.js';
import { DAY, type OffsetClock } from '../clock.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { readBody } from '../http/read-body.js';
import type { TickReport } from '../tick.js';

const clockRequest = z.object({
  advanceDays: z.optional(z.number().check(z.minimum(-3650), z.maximum(3650))),
});

const signRequest = z.object({
  siteKey: z.string(),
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  email: z.optional(z.string().check(z.minLength(3), z.maxLength(254))),
  name: z.optional(z.string().check(z.maxLength(200))),
});

/**
 * Demo-only helpers, mounted only with `GRAPEVINE_DEMO=1`: time travel (`/demo/clock`) so a
 * return window can pass in a click, and `/demo/sign`, which signs a demo customer the way
 * a shop's backend would. Never enable in production: anyone could sign as anyone.
 */
export function demoRoutes(
  ctx: ServerContext,
  clock: OffsetClock,
  tick: () => Promise<TickReport>,
): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  const origins = new Set([...ctx.sites.values()].flatMap((site) => site.origins));
  router.use(cors({ origin: (origin) => (origins.has(origin) ? origin : null) }));
  // CORS only hides the answer: a cross-site page could still POST (a form, or fetch with
  // mode 'no-cors'). Only the shops' own origins and this server's may change demo state.
  router.use(async (c, next) => {
    if (c.req.method === 'POST') {
      const origin = c.req.header('origin');
      const allowed =
        origin === undefined
          ? c.req.header('sec-fetch-site') !== 'cross-site'
          : origins.has(origin) || origin === ownOrigin(c);
      if (!allowed) {
        throw new HttpError(403, 'origin-not-allowed', 'Demo routes refuse cross-site requests.');
      }
    }
    await next();
  });

  const describe = () => ({
    now: new Date(clock.now()).toISOString(),
    offsetDays: Math.round((clock.offsetMs / DAY) * 1000) / 1000,
  });

  router.get('/clock', (c) => c.json(describe()));
  router.post('/clock', async (c) => {
    const { advanceDays } = await readBody(c, clockRequest, 'POST /demo/clock request');
    clock.advance((advanceDays ?? 0) * DAY);
    const report = await tick();
    return c.json({ ...describe(), ...report });
  });

  router.post('/sign', async (c) => {
    const body = await readBody(c, signRequest, 'POST /demo/sign request');
    const site = ctx.sites.get(body.siteKey);
    if (!site) throw new HttpError(401, 'unknown-site', 'Unknown site key.');
    if (body.id === undefined && body.email === undefined) {
      throw new HttpError(400, 'invalid-request', 'id or email: one is required');
    }
    const customer = {
      ...(body.id === undefined ? {} : { id: body.id }),
      ...(body.email === undefined ? {} : { email: body.email }),
      ...(body.name === undefined ? {} : { name: body.name }),
    };
    return c.json({ advocate: await signAdvocate(site.secret, customer, { now: clock.now() }) });
  });
  return router;
}
