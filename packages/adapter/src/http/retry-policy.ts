import type { RetryOptions as KyRetryOptions } from 'ky';
import { backoff } from './backoff.js';

/** How `httpBackend` retries a failed request. */
export interface RetryPolicy {
  /**
   * Retries after the first attempt.
   * @default 2
   */
  limit?: number;
  /**
   * The first retry's delay in ms; each later retry doubles it. Jittered to 50–100 %.
   * @default 300
   */
  delay?: number;
  /**
   * The longest computed backoff in ms.
   * @default 10_000
   */
  maxDelay?: number;
  /**
   * The longest `Retry-After` the client honours, in ms; a longer one is shortened to this.
   * @default 60_000
   */
  maxRetryAfter?: number;
}

// 408, 429 and every 5xx; any other 4xx is the caller's mistake and is never retried.
const retryStatuses = [408, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];

/** The ky retry options for a policy (or a bare retry count). */
export function kyRetry(retry: number | RetryPolicy | undefined): KyRetryOptions {
  const policy = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  return {
    limit: policy.limit ?? 2,
    // Every endpoint is idempotent: POST /v1/referrals is get-or-create, claims are
    // idempotent per (code, email), events are deduplicated by id.
    methods: ['get', 'post'],
    statusCodes: retryStatuses,
    afterStatusCodes: retryStatuses,
    maxRetryAfter: policy.maxRetryAfter ?? 60_000,
    retryOnTimeout: true,
    delay: (attempt) =>
      backoff(policy.delay ?? 300, attempt, policy.maxDelay ?? 10_000, Math.random),
  };
}
