import { GrapevineServerError } from '../errors.js';

/** How a failed job should continue. */
export interface JobFailureOptions {
  /** The request will fail the same way every time (a 4xx that no retry changes). */
  permanent?: boolean;
  /** The other side said when to come back (`Retry-After`), in milliseconds from now. */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * A job handler's way to say how it failed. Any other error thrown by a handler (a network
 * error, a timeout, a bug) is treated as temporary and retried with backoff.
 */
export class JobFailure extends GrapevineServerError {
  override name: string = 'JobFailure';
  readonly permanent: boolean;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: JobFailureOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.permanent = options.permanent ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Whether a value is a {@link JobFailure}. */
export function isJobFailure(value: unknown): value is JobFailure {
  return value instanceof JobFailure;
}
