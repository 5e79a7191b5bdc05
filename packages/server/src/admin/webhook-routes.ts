import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { errorResponse } from '../http/errors.js';
import { ADMIN_CSP } from './csp.js';
import type { AdminEnv } from './env.js';
import { refuseGet } from './post-only.js';
import { adminHref } from './render/layout.js';
import { renderWebhooksPage } from './render/webhooks-page.js';
import { formText, pageBasics, siteOf } from './site-scope.js';
import { failedWebhooks, queuedWebhooks, redeliverWebhook } from './webhook-queries.js';

/**
 * Outgoing webhooks (`GET /admin/webhooks`) and `POST /admin/webhooks/:id/redeliver`, which
 * queues a given-up delivery again and answers 303 back to the page.
 */
export function webhookRoutes(ctx: ServerContext): Hono<AdminEnv> {
  const router = new Hono<AdminEnv>();

  router.get('/', async (c) => {
    const siteKey = siteOf(ctx, c.req.query('site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const [failed, queued] = await Promise.all([
      failedWebhooks(ctx.db, siteKey),
      queuedWebhooks(ctx.db, siteKey),
    ]);
    const id = c.req.query('requeued');
    c.header('Content-Security-Policy', ADMIN_CSP);
    return c.html(
      renderWebhooksPage({
        ...(await pageBasics(c, ctx, siteKey)),
        url: ctx.sites.get(siteKey)?.webhook?.url ?? null,
        queued,
        failed,
        requeued: id ? { id, ok: c.req.query('ok') === '1' } : undefined,
      }),
    );
  });

  router.post('/:id/redeliver', async (c) => {
    const siteKey = siteOf(ctx, await formText(c, 'site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const id = c.req.param('id');
    const ok = await redeliverWebhook(ctx.db, siteKey, id, ctx.clock.now());
    if (ok) ctx.logger.info('webhook queued again', { id, by: c.var.adminUser });
    return c.redirect(adminHref('webhooks', siteKey, { requeued: id, ok: ok ? 1 : 0 }), 303);
  });
  refuseGet(router, '/:id/redeliver');
  return router;
}
