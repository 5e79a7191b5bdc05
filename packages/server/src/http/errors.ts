import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HttpError, isDatabaseUnavailableError, isStorageFullError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Seconds a client should wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
/** Seconds before retrying a write refused because the disk is full. */
export const DISK_FULL_RETRY_AFTER_SECONDS = 60;

/** The contract's error body: `{ error: { code, message, requestId } }`. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
) {
  const requestId = c.get('requestId') as string | undefined;
  return c.json({ error: { code, message, ...(requestId ? { requestId } : {}) } }, status);
}

/**
 * Turns any thrown error into the contract's error body. Expected refusals keep their
 * status; a database that is away is a 503 and a full disk a 507, both with `Retry-After`;
 * anything else is a 500 whose details go to the log, never to the client.
 */
export function errorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    const log = (c.get('log') as Logger | undefined) ?? logger;
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return errorResponse(c, error.status, error.code, error.message);
    }
    const where = { method: c.req.method, path: c.req.path, error: error.message };
    if (isDatabaseUnavailableError(error)) {
      log.warn('database unavailable', where);
      c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return errorResponse(
        c,
        503,
        'database-unavailable',
        'The database is unavailable; try again shortly.',
      );
    }
    if (isStorageFullError(error)) {
      log.error('database disk full', where);
      c.header('Retry-After', String(DISK_FULL_RETRY_AFTER_SECONDS));
      return errorResponse(
        c,
        507,
        'insufficient-storage',
        'The server cannot store this now (its disk is full); try again later.',
      );
    }
    log.error('request failed', { ...where, stack: error.stack });
    return errorResponse(c, 500, 'internal', 'Something went wrong on the server.');
  };
}
