import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../errors.js';
import type { AppEnv } from './env.js';

/**
 * Answers 503 with `Retry-After` when a request is not done within `ms`, so a stuck
 * database or provider never holds a client (or a load balancer's connection) forever.
 * The work itself is not interrupted; every write it may still finish is idempotent.
 */
export function requestDeadline(ms: number): MiddlewareHandler<AppEnv> {
  return async (_c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new HttpError(503, 'timeout', `The server did not finish within ${ms} ms.`, {
              'Retry-After': '5',
            }),
          ),
        ms,
      );
    });
    const work = next();
    try {
      await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
      work.catch(() => {}); // settled after the answer: nothing left to tell the client
    }
  };
}
