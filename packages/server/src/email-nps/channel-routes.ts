import { Hono } from 'hono';
import { ADMIN_CSP } from '../admin/csp.js';
import type { AdminEnv } from '../admin/env.js';
import { pageBasics, siteOf } from '../admin/site-scope.js';
import type { ServerContext } from '../context.js';
import { errorResponse } from '../http/errors.js';
import { channelResults, emailAsks, subjectResults } from './channel-queries.js';
import { renderChannelsPage } from './channels-page.js';

/**
 * `GET /admin/channels`: results per channel and the email asks (`?customer=id:…` for one).
 * `weekStart` is the overview's period start, passed in so the two pages count alike.
 */
export function channelRoutes(
  ctx: ServerContext,
  weekStart: (now: number, weeksBack: number) => Date,
): Hono<AdminEnv> {
  const router = new Hono<AdminEnv>();
  router.get('/', async (c) => {
    const siteKey = siteOf(ctx, c.req.query('site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const parsed = Number(c.req.query('weeks') ?? 12);
    const weeks = Number.isInteger(parsed) && parsed >= 1 && parsed <= 104 ? parsed : 12;
    const customer = c.req.query('customer')?.slice(0, 300) || undefined;
    const since = weekStart(ctx.clock.now(), weeks - 1);
    const [results, asks, subjects] = await Promise.all([
      channelResults(ctx.db, siteKey, since),
      emailAsks(ctx.db, siteKey, customer),
      subjectResults(ctx.db, siteKey, since),
    ]);
    c.header('Content-Security-Policy', ADMIN_CSP);
    return c.html(
      renderChannelsPage({
        ...(await pageBasics(c, ctx, siteKey)),
        weeks,
        results,
        asks,
        subjects,
        customer,
      }),
    );
  });
  return router;
}
