import { HTTPError, TimeoutError } from 'ky';
import { TransportError } from '../errors/transport-error.js';

/** Turns whatever ky or fetch threw into a {@link TransportError}. */
export async function transportErrorFrom(
  error: unknown,
  endpoint: string,
  attempts: number,
): Promise<TransportError> {
  const response = error instanceof HTTPError ? error.response : undefined;
  const kind = response ? 'http' : error instanceof TimeoutError ? 'timeout' : 'network';
  // The contract's error body, `{ error: { code } }`, when the answer has one.
  const body = await response?.json().catch(() => undefined);
  const code: unknown = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  const server = typeof code === 'string' ? code : undefined;
  const what = response
    ? `HTTP ${response.status}${server ? ` ${server}` : ''}`
    : `${kind} failure`;
  return new TransportError(
    `${endpoint}: ${what}${attempts > 1 ? ` after ${attempts} attempts` : ''}`,
    { kind, endpoint, status: response?.status, attempts, code: server, cause: error },
  );
}
