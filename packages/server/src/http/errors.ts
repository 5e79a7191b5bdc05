import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HttpError } from '../errors.js';
import type { Logger } from '../logger.js';

/** The contract's error body: `{ error: { code, message } }`. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
) {
  return c.json({ error: { code, message } }, status);
}

/**
 * Turns any thrown error into the contract's error body. Expected refusals keep their
 * status; anything else is a 500 whose details go to the log, never to the client.
 */
export function errorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return errorResponse(c, error.status, error.code, error.message);
    }
    logger.error('request failed', {
      method: c.req.method,
      path: c.req.path,
      error: error.message,
      stack: error.stack,
    });
    return errorResponse(c, 500, 'internal', 'Something went wrong on the server.');
  };
}
