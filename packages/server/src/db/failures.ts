import { DatabaseUnavailableError, StorageFullError } from '../errors.js';

// postgres.js and Node socket codes for a connection that failed or went away.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

// SQLSTATEs that say "the server cannot serve now", not "your statement is wrong":
// admin/crash shutdown, starting up, too many connections, out of memory.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '53200']);
const DISK_FULL_STATE = '53100';

/**
 * Turns a driver error into {@link DatabaseUnavailableError} or {@link StorageFullError}
 * when it is one of those; any other error (a constraint, a bad statement) is returned as is.
 */
export function classifyDatabaseError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  if (error instanceof DatabaseUnavailableError || error instanceof StorageFullError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  if (
    code === DISK_FULL_STATE ||
    code === 'ENOSPC' ||
    /No space left on device/i.test(error.message)
  )
    return new StorageFullError(`The database's disk is full: ${error.message}`, { cause: error });
  if (CONNECTION_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08'))
    return new DatabaseUnavailableError(`The database is unavailable: ${error.message}`, {
      cause: error,
    });
  return error;
}

/**
 * Runs one database call with a deadline: past `timeoutMs` it rejects with
 * {@link DatabaseUnavailableError} (and calls `cancel`, where the driver can cancel), and
 * its errors are classified by {@link classifyDatabaseError}. `Infinity`: no deadline.
 */
export async function guarded<T>(
  run: () => Promise<T>,
  timeoutMs: number,
  cancel?: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const pending = run();
  const deadline = new Promise<never>((_, reject) => {
    if (!Number.isFinite(timeoutMs)) return;
    timer = setTimeout(() => {
      cancel?.();
      reject(new DatabaseUnavailableError(`The database did not answer within ${timeoutMs} ms.`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([pending, deadline]);
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    clearTimeout(timer);
    // A late failure of an abandoned call must not become an unhandled rejection.
    pending.catch(() => {});
  }
}
