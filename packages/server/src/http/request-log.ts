import type { MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import { routePath } from 'hono/route';
import { type Logger, withFields } from '../logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { AppEnv } from './env.js';

/** Header that carries the request id both ways. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives each request an id (a sane incoming `X-Request-Id` — at most 128 letters, digits,
 * `_`, `-`, `=` — or a fresh UUID), echoes it, binds it to the request's logger, and at the
 * end writes one access-log line and the HTTP metrics by route pattern.
 */
export function requestLog(options: {
  logger: Logger;
  accessLog: boolean;
  metrics?: Pick<Metrics, 'httpRequests' | 'httpDuration'> | undefined;
}): MiddlewareHandler<AppEnv>[] {
  const { logger, accessLog, metrics } = options;
  return [
    requestId({ headerName: REQUEST_ID_HEADER, limitLength: 128 }),
    async (c, next) => {
      const started = performance.now();
      c.set('log', withFields(logger, { requestId: c.var.requestId }));
      await next();
      const seconds = (performance.now() - started) / 1000;
      const status = c.res.status;
      const route = routeLabel(routePath(c, -1), status);
      const labels = { method: c.req.method, route, status: String(status) };
      metrics?.httpRequests.inc(labels);
      metrics?.httpDuration.observe(labels, seconds);
      if (accessLog)
        c.var.log.info('request', {
          method: c.req.method,
          path: c.req.path,
          route,
          status,
          ms: Math.round(seconds * 10_000) / 10,
        });
    },
  ];
}

/** Unmatched paths share one label, so a scanner cannot create a series per URL. */
function routeLabel(pattern: string, status: number): string {
  if (status === 404 && (pattern === '' || pattern.endsWith('*'))) return '(unmatched)';
  return pattern || '(unmatched)';
}
