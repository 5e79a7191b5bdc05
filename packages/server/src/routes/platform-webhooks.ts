import { Hono } from 'hono';
import { MINUTE } from '../clock.js';
import type { ServerContext } from '../context.js';
import { isHttpError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { errorResponse } from '../http/errors.js';
import { applyOrderFact } from '../orders/apply-fact.js';
import {
  type ApplyOnceTiming,
  type ApplyOrderFact,
  applyOnce,
} from '../orders/sources/apply-once.js';
import { isPlatformName, receiveFrom } from '../orders/sources/registry.js';
import type { InboundWebhook, PlatformName, WebhookOutcome } from '../orders/sources/source.js';
import type { Site } from '../site.js';

export type { ApplyOrderFact } from '../orders/sources/apply-once.js';

/**
 * `POST /webhooks/{shopify,stripe,woocommerce}/:siteKey`: order webhooks sent by the
 * platforms themselves. The path names the site (a platform cannot send our header); the raw
 * body is read once, as bytes, and verified with the platform's own signature before
 * anything is parsed. Answers: 200 applied, duplicate or ignored (platforms retry any other
 * status); 401 forged, missing or expired signature (nothing stored); 400 a signed but
 * malformed payload; 404 a platform the site has not configured; 5xx a temporary failure,
 * which the platform retries.
 * @default timing { leaseMs: 2 minutes, waitForCopyMs: 4000 (Shopify waits 5 s), pollMs: 50 }
 */
export function platformWebhookRoutes(
  ctx: ServerContext,
  applyFact: ApplyOrderFact = applyOrderFact,
  timing: Partial<ApplyOnceTiming> = {},
): Hono<AppEnv> {
  const waits: ApplyOnceTiming = {
    leaseMs: 2 * MINUTE,
    waitForCopyMs: 4000,
    pollMs: 50,
    ...timing,
  };
  const app = new Hono<AppEnv>();

  app.post('/:platform/:siteKey', async (c) => {
    const platform = c.req.param('platform');
    const site = ctx.sites.get(c.req.param('siteKey'));
    if (!isPlatformName(platform) || !site?.orderSources?.[platform]) {
      return errorResponse(c, 404, 'not-configured', 'No such order source for this site.');
    }
    const body = new Uint8Array(await c.req.arrayBuffer());
    const received = receive(ctx, site, platform, {
      headers: c.req.raw.headers,
      body,
      now: ctx.clock.now(),
    });
    if (received.kind === 'ignored') return c.json({ received: true, ignored: received.reason });
    const key = { siteKey: site.siteKey, source: platform, deliveryId: received.deliveryId };
    const result = await applyOnce(ctx, site, key, received, applyFact, waits);
    if (result === 'busy') {
      c.header('Retry-After', '10');
      return errorResponse(
        c,
        503,
        'delivery-in-progress',
        'A copy of this delivery is being applied.',
      );
    }
    if (result === 'duplicate') return c.json({ received: true, duplicate: true });
    ctx.logger.info('platform webhook applied', {
      site: site.siteKey,
      platform,
      topic: received.topic,
    });
    return c.json({ received: true, applied: received.facts.length });
  });
  return app;
}

function receive(
  ctx: ServerContext,
  site: Site,
  platform: PlatformName,
  request: InboundWebhook,
): WebhookOutcome {
  try {
    const received = receiveFrom(platform, site.orderSources, request);
    return received ?? { kind: 'ignored', reason: 'not configured' };
  } catch (error) {
    // A wrong secret in the configuration looks like this too: tell the operator.
    if (isHttpError(error) && error.status === 401) {
      ctx.logger.warn('platform webhook refused', {
        site: site.siteKey,
        platform,
        code: error.code,
      });
    }
    throw error;
  }
}
