import { type Context, Hono } from 'hono';
import type { Database } from '../db/database.js';
import { guarded } from '../db/failures.js';
import type { AppEnv } from '../http/env.js';
import { DATABASE_RETRY_AFTER_SECONDS, errorResponse } from '../http/errors.js';
import type { Lifecycle } from '../http/lifecycle.js';
import type { Metrics } from '../metrics/metrics.js';

/** How long readiness waits for `select 1` (less when the request deadline is shorter). */
export const READY_TIMEOUT_MS = 2000;

/**
 * `GET /health/live`: the process answers (restart it if not).
 * `GET /health/ready`: the database answers within {@link READY_TIMEOUT_MS} and the process
 * is not draining (route traffic to it only then). `GET /health` is readiness too, with the
 * original `{ ok }` body, so load balancers already pointed at it stop routing to a server
 * whose database is away.
 */
export function healthRoutes(
  db: Database,
  lifecycle: Lifecycle,
  options: { metrics?: Pick<Metrics, 'dbUp'> | undefined; requestTimeoutMs: number },
): Hono<AppEnv> {
  const { metrics } = options;
  const timeoutMs = Math.min(READY_TIMEOUT_MS, Math.floor(options.requestTimeoutMs / 2));
  const router = new Hono<AppEnv>();
  const check = async (): Promise<'ready' | 'draining' | 'database-unavailable'> => {
    if (lifecycle.draining) return 'draining';
    try {
      await guarded(() => db.query('select 1'), timeoutMs);
      metrics?.dbUp.set(1);
      return 'ready';
    } catch {
      metrics?.dbUp.set(0);
      return 'database-unavailable';
    }
  };
  const notReady = (c: Context<AppEnv>, state: string) => {
    c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    c.header('Cache-Control', 'no-store');
    return state === 'draining'
      ? errorResponse(c, 503, 'draining', 'The server is shutting down.')
      : errorResponse(c, 503, 'database-unavailable', 'The database does not answer.');
  };
  router.get('/live', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'live' });
  });
  router.get('/ready', async (c) => {
    const state = await check();
    if (state !== 'ready') return notReady(c, state);
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ready', database: db.kind });
  });
  router.get('/', async (c) => {
    const state = await check();
    if (state !== 'ready') return notReady(c, state);
    c.header('Cache-Control', 'no-store');
    return c.json({ ok: true });
  });
  return router;
}
