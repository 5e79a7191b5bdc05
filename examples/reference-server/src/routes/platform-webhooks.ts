import { setTimeout as sleep } from 'node:timers/promises';
import { Hono } from 'hono';
import { MINUTE } from '../clock.js';
import type { ServerContext } from '../context.js';
import { isHttpError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { errorResponse } from '../http/errors.js';
import type { OrderFact } from '../orders/facts.js';
import {
  claimDelivery,
  type DeliveryKey,
  deliveryState,
  markApplied,
  releaseDelivery,
} from '../orders/sources/deliveries.js';
import { isPlatformName, receiveFrom } from '../orders/sources/registry.js';
import type { WebhookOutcome } from '../orders/sources/source.js';
import type { Site } from '../site.js';

/** Applies one verified fact (the order service's `applyOrderFact`). Idempotent by its natural key. */
export type ApplyOrderFact = (ctx: ServerContext, site: Site, fact: OrderFact) => Promise<unknown>;

/** Tuning for duplicate handling; tests shorten the waits. */
export interface PlatformWebhookOptions {
  /** A claim older than this, never finished, may be taken over. @default 2 minutes */
  leaseMs?: number;
  /** How long a copy waits for a concurrent copy of the same delivery. @default 4000 */
  waitForCopyMs?: number;
  /** @default 50 */
  pollMs?: number;
}

/**
 * `POST /webhooks/{shopify,stripe,woocommerce}/:siteKey`: order webhooks sent by the
 * platforms themselves. The path names the site (a platform cannot send our header); the raw
 * body is read once, as bytes, and verified with the platform's own signature before
 * anything is parsed. Answers: 200 applied, duplicate or ignored (platforms retry any other
 * status); 401 forged, missing or expired signature (nothing stored); 400 a signed but
 * malformed payload; 404 a platform the site has not configured; 5xx a temporary failure,
 * which the platform retries.
 */
export function platformWebhookRoutes(
  ctx: ServerContext,
  applyFact: ApplyOrderFact,
  options: PlatformWebhookOptions = {},
): Hono<AppEnv> {
  const leaseMs = options.leaseMs ?? 2 * MINUTE;
  const waitForCopyMs = options.waitForCopyMs ?? 4000;
  const pollMs = options.pollMs ?? 50;
  const app = new Hono<AppEnv>();

  app.post('/:platform/:siteKey', async (c) => {
    const platform = c.req.param('platform');
    const site = ctx.sites.get(c.req.param('siteKey'));
    if (!isPlatformName(platform) || !site?.orderSources?.[platform]) {
      return errorResponse(c, 404, 'not-configured', 'No such order source for this site.');
    }
    const body = new Uint8Array(await c.req.arrayBuffer());
    let received: WebhookOutcome | undefined;
    try {
      received = receiveFrom(platform, site.orderSources, {
        headers: c.req.raw.headers,
        body,
        now: ctx.clock.now(),
      });
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
    if (!received || received.kind === 'ignored') {
      return c.json({ received: true, ignored: received?.reason ?? 'not configured' });
    }
    const key: DeliveryKey = {
      siteKey: site.siteKey,
      source: platform,
      deliveryId: received.deliveryId,
    };
    const deadline = Date.now() + waitForCopyMs;
    for (;;) {
      const claim = await claimDelivery(ctx.db, key, received.topic, ctx.clock.now(), leaseMs);
      if (claim.state === 'applied') return c.json({ received: true, duplicate: true });
      if (claim.state === 'claimed') {
        await applyAll(ctx, site, received.facts, key, claim.token, applyFact);
        ctx.logger.info('platform webhook applied', {
          site: site.siteKey,
          platform,
          topic: received.topic,
        });
        return c.json({ received: true, applied: received.facts.length });
      }
      // A copy of this delivery is being applied right now: wait for its outcome, then
      // answer as a duplicate, or take over if it let go.
      while ((await deliveryState(ctx.db, key)) === 'processing' && Date.now() < deadline) {
        await sleep(pollMs);
      }
      if (Date.now() >= deadline && (await deliveryState(ctx.db, key)) === 'processing') {
        c.header('Retry-After', '10');
        return errorResponse(
          c,
          503,
          'delivery-in-progress',
          'A copy of this delivery is being applied.',
        );
      }
    }
  });
  return app;
}

async function applyAll(
  ctx: ServerContext,
  site: Site,
  facts: readonly OrderFact[],
  key: DeliveryKey,
  token: string,
  applyFact: ApplyOrderFact,
): Promise<void> {
  try {
    for (const fact of facts) await applyFact(ctx, site, fact);
    await markApplied(ctx.db, key, token, ctx.clock.now());
  } catch (error) {
    // Let the platform's retry apply it; every fact is idempotent, so a partial run is safe.
    await releaseDelivery(ctx.db, key, token).catch(() => {});
    throw error;
  }
}
