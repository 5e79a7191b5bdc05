import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as streamingBodyLimit } from 'hono/body-limit';

/** Options of {@link bodyLimit}. */
export interface BodyLimitOptions {
  maxSize: number;
  /** The answer for a body over `maxSize`. */
  onError: (c: Context) => Response | Promise<Response>;
}

/**
 * Refuses a request body over `maxSize` bytes. A body with a `Content-Length` (every
 * browser's `fetch` and beacon, and every webhook) is judged by that header alone, which
 * Node's HTTP parser holds the body to, so the handler later reads it straight from the socket.
 * Hono's own `bodyLimit` asks for the request's web stream first, which makes
 * `@hono/node-server` build a full WHATWG `Request`, `ReadableStream` and `AbortSignal` for
 * every request: 15 % of the server's CPU under `bench:load`. Only a chunked body
 * (no length known in advance) is counted as it streams, by Hono's middleware.
 */
export function bodyLimit(options: BodyLimitOptions): MiddlewareHandler {
  const streaming = streamingBodyLimit(options);
  return (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > options.maxSize ? Promise.resolve(options.onError(c)) : next();
    }
    return streaming(c, next);
  };
}
