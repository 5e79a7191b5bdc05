import { Hono } from 'hono';
import { adminAuth } from '../admin/auth.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { failedJobs, jobCounts } from '../jobs/queries.js';
import type { Site } from '../site.js';
import { addPoolCodes, parsePoolUpload, poolStatus } from './pool.js';

/**
 * The admin API for coupons (admin token required): `POST /admin/api/pool?site=KEY` uploads
 * codes (`text/csv` or `application/json`; those types cannot be sent by a cross-site form,
 * so the API is CSRF-safe even with a browser's Basic auth), `GET /admin/api/pool?site=KEY`
 * reports what is left, `GET /admin/api/jobs?site=KEY` the provider jobs and failures.
 */
export function couponAdminRoutes(ctx: ServerContext, adminToken: string): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  router.use('/api/pool', adminAuth(adminToken));
  router.use('/api/jobs', adminAuth(adminToken));

  const siteOf = (key: string | undefined): Site => {
    const site = key === undefined ? undefined : ctx.sites.get(key);
    if (!site) throw new HttpError(404, 'unknown-site', 'site: expected a configured site key');
    return site;
  };
  const lowWatermark = (site: Site) =>
    site.fulfilment?.provider === 'pool' ? site.fulfilment.lowWatermark : 0;

  router.post('/api/pool', async (c) => {
    const site = siteOf(c.req.query('site'));
    const type = c.req.header('content-type') ?? '';
    if (!/^(text\/csv|application\/json)\b/.test(type)) {
      throw new HttpError(
        415,
        'unsupported-media-type',
        'Content-Type: expected text/csv or application/json',
      );
    }
    const parsed = parsePoolUpload(await c.req.text(), type);
    if ('problem' in parsed) throw new HttpError(400, 'invalid-request', parsed.problem);
    const added = await addPoolCodes(ctx.db, site.siteKey, parsed.codes, ctx.clock.now());
    ctx.logger.info('coupon pool upload', {
      siteKey: site.siteKey,
      added,
      skipped: parsed.codes.length - added,
    });
    return c.json({
      added,
      skipped: parsed.codes.length - added,
      ...(await poolStatus(ctx.db, site.siteKey, lowWatermark(site))),
    });
  });

  router.get('/api/pool', async (c) => {
    const site = siteOf(c.req.query('site'));
    return c.json(await poolStatus(ctx.db, site.siteKey, lowWatermark(site)));
  });

  router.get('/api/jobs', async (c) => {
    const site = siteOf(c.req.query('site'));
    return c.json({
      counts: await jobCounts(ctx.db, site.siteKey),
      failed: await failedJobs(ctx.db, site.siteKey),
    });
  });
  return router;
}
