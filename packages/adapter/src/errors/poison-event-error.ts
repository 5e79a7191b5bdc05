import { GrapevineError } from './grapevine-error.js';

/**
 * The outbox dropped an event that the server failed on again and again, sent alone: a
 * poison event (one the server cannot store) must not hold the visitor's later events.
 * Reported to the outbox's `onError`, never thrown; `cause` is the last delivery error.
 *
 * @example
 * ```ts
 * createOutbox({ backend, storage, onError: (e) => isPoisonEventError(e) && log(e.eventId) });
 * ```
 */
export class PoisonEventError extends GrapevineError {
  override name = 'PoisonEventError' as const;
  constructor(
    /** The dropped event's id. */
    readonly eventId: string,
    /** How many deliveries of it failed with a server error. */
    readonly attempts: number,
    cause: unknown,
  ) {
    super(`Event ${eventId} dropped: the server failed on it ${attempts} times`, { cause });
  }
}

/** Whether `value` is a {@link PoisonEventError}. */
export function isPoisonEventError(value: unknown): value is PoisonEventError {
  return value instanceof PoisonEventError;
}
