import type { Hono } from 'hono';
import { errorResponse } from '../http/errors.js';
import type { AdminEnv } from './env.js';

/**
 * Answers 405 (`Allow: POST`) to a GET or HEAD of an action's path: a link, a prefetch or an
 * image tag must never change anything.
 */
export function refuseGet(router: Hono<AdminEnv>, path: string): void {
  router.on(['GET', 'HEAD'], path, (c) => {
    c.header('Allow', 'POST');
    return errorResponse(
      c,
      405,
      'method-not-allowed',
      'This action changes data: it is a POST from a dashboard form.',
    );
  });
}
