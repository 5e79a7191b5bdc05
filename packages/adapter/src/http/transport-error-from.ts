import { isHTTPError, isTimeoutError } from 'ky';
import { TransportError } from '../errors/transport-error.js';

/** Reads `{ error: { code } }` from an error answer, if it has one. */
async function serverCode(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.json();
    const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** Turns whatever ky or fetch threw into a {@link TransportError}. */
export async function transportErrorFrom(
  error: unknown,
  endpoint: string,
  attempts: number,
): Promise<TransportError> {
  const after = attempts > 1 ? ` after ${attempts} attempts` : '';
  if (isHTTPError(error)) {
    const status = error.response.status;
    const code = await serverCode(error.response);
    return new TransportError(`${endpoint}: HTTP ${status}${code ? ` ${code}` : ''}${after}`, {
      kind: 'http',
      endpoint,
      status,
      attempts,
      cause: error,
      ...(code === undefined ? {} : { code }),
    });
  }
  const kind = isTimeoutError(error) ? 'timeout' : 'network';
  return new TransportError(`${endpoint}: ${kind} failure${after}`, {
    kind,
    endpoint,
    attempts,
    cause: error,
  });
}
