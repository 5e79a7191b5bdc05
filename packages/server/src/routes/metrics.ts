import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { presentedCredential } from '../admin/auth.js';
import type { AppEnv } from '../http/env.js';
import { errorResponse } from '../http/errors.js';
import type { Metrics } from '../metrics/metrics.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `GET /metrics` in Prometheus' text format, for `Authorization: Bearer <token>` only
 * (`GRAPEVINE_METRICS_TOKEN`; without it the route does not exist). Compared in constant time.
 */
export function metricsRoutes(metrics: Metrics, token: string): Hono<AppEnv> {
  const expected = digest(token);
  const router = new Hono<AppEnv>();
  router.get('/', async (c) => {
    const credential = presentedCredential(c.req.header('Authorization'));
    if (credential?.scheme !== 'bearer' || !timingSafeEqual(digest(credential.token), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="Grapevine metrics"');
      return errorResponse(c, 401, 'unauthorized', 'The metrics token is missing or wrong.');
    }
    c.header('Content-Type', metrics.registry.contentType);
    c.header('Cache-Control', 'no-store');
    return c.body(await metrics.registry.metrics());
  });
  return router;
}
