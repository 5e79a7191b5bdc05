import { parseRetryAfter } from '../jobs/backoff.js';
import { JobFailure } from '../jobs/errors.js';

/** A provider call failed; `permanent` when repeating the same request cannot succeed. */
export class ProviderError extends JobFailure {
  override readonly name = 'ProviderError' as const;
  constructor(
    readonly provider: string,
    message: string,
    options: { permanent?: boolean; retryAfterMs?: number; status?: number; cause?: unknown } = {},
  ) {
    super(`${provider}: ${message}`, options);
    this.status = options.status;
  }
  readonly status: number | undefined;
}

/** Whether a value is a {@link ProviderError}. */
export function isProviderError(value: unknown): value is ProviderError {
  return value instanceof ProviderError;
}

/**
 * Classifies an HTTP failure: 429 and 5xx (and 408, 409 lock conflicts) are temporary and
 * honour `Retry-After`; any other 4xx is permanent (auth, permissions, a request the API
 * refuses) and is given up at once, visibly.
 */
export function httpFailure(
  provider: string,
  status: number,
  detail: string,
  retryAfter: string | null,
  now: number,
): ProviderError {
  const temporary = status === 429 || status === 408 || status === 409 || status >= 500;
  const retryAfterMs = parseRetryAfter(retryAfter, now);
  return new ProviderError(provider, `HTTP ${status}: ${detail}`.slice(0, 500), {
    permanent: !temporary,
    status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
