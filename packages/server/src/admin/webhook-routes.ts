import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { errorResponse } from '../http/errors.js';
import { ADMIN_CSP } from './csp.js';
import type { AdminEnv } from './env.js';
import { refuseGet } from './post-only.js';
import { adminHref } from './render/layout.js';
import { renderWebhooksPage } from './render/webhooks-page.js';
import { formText, pageBasics, siteOf } from './site-scope.js';
import {
  failedWebhookCount,
  failedWebhooks,
  queuedWebhooks,
  recentRedeliveries,
  redeliverWebhook,
  redeliverWebhooksSince,
} from './webhook-queries.js';

// `2026-12-06T14:00` (a datetime-local field, read as UTC), with seconds or a zone if given.
const SINCE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** The time a `since` field names, or null when it is not one. */
function parseSince(text: string | undefined): number | null {
  if (!text || !SINCE.test(text.trim())) return null;
  const trimmed = text.trim();
  const ms = Date.parse(/Z|[+-]\d{2}:\d{2}$/.test(trimmed) ? trimmed : `${trimmed}Z`);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Outgoing webhooks (`GET /admin/webhooks`); `POST /admin/webhooks/:id/redeliver` queues one
 * given-up delivery again and `POST /admin/webhooks/redeliver` (field `since`) every one given
 * up since a time. Each redelivery writes an audit row; both answer 303 back to the page.
 */
export function webhookRoutes(ctx: ServerContext): Hono<AdminEnv> {
  const router = new Hono<AdminEnv>();

  router.get('/', async (c) => {
    const siteKey = siteOf(ctx, c.req.query('site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const [failed, failedTotal, queued, redeliveries] = await Promise.all([
      failedWebhooks(ctx.db, siteKey),
      failedWebhookCount(ctx.db, siteKey),
      queuedWebhooks(ctx.db, siteKey),
      recentRedeliveries(ctx.db, siteKey),
    ]);
    const id = c.req.query('requeued');
    const count = c.req.query('requeuedCount');
    c.header('Content-Security-Policy', ADMIN_CSP);
    return c.html(
      renderWebhooksPage({
        ...(await pageBasics(c, ctx, siteKey)),
        url: ctx.sites.get(siteKey)?.webhook?.url ?? null,
        queued,
        failed,
        failedTotal,
        redeliveries,
        requeued: id ? { id, ok: c.req.query('ok') === '1' } : undefined,
        requeuedCount: count && /^\d{1,9}$/.test(count) ? Number(count) : undefined,
      }),
    );
  });

  router.post('/redeliver', async (c) => {
    const siteKey = siteOf(ctx, await formText(c, 'site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const since = parseSince(await formText(c, 'since'));
    if (since === null) {
      return errorResponse(
        c,
        400,
        'invalid-request',
        'since: expected a time like 2026-12-06T14:00',
      );
    }
    const by = c.var.adminUser;
    const count = await redeliverWebhooksSince(ctx.db, siteKey, since, ctx.clock.now(), by);
    ctx.logger.info('webhooks queued again', { siteKey, since: new Date(since), count, by });
    return c.redirect(adminHref('webhooks', siteKey, { requeuedCount: count }), 303);
  });
  refuseGet(router, '/redeliver');

  router.post('/:id/redeliver', async (c) => {
    const siteKey = siteOf(ctx, await formText(c, 'site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const id = c.req.param('id');
    const by = c.var.adminUser;
    const ok = await redeliverWebhook(ctx.db, siteKey, id, ctx.clock.now(), by);
    if (ok) ctx.logger.info('webhook queued again', { id, by });
    return c.redirect(adminHref('webhooks', siteKey, { requeued: id, ok: ok ? 1 : 0 }), 303);
  });
  refuseGet(router, '/:id/redeliver');
  return router;
}
