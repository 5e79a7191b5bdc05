/**
 * The base of every error `@grapevine/adapter` throws, so one `instanceof` (or
 * {@link isGrapevineError}) catches them all.
 *
 * @example
 * ```ts
 * try {
 *   await backend.referral(advocate);
 * } catch (error) {
 *   if (isGrapevineError(error)) console.warn(error.name, error.message);
 * }
 * ```
 */
export class GrapevineError extends Error {
  override name: 'GrapevineError' | 'TransportError' | 'ContractError' | 'PoisonEventError' =
    'GrapevineError';
}

/** Whether `value` is any error thrown by `@grapevine/adapter`. */
export function isGrapevineError(value: unknown): value is GrapevineError {
  return value instanceof GrapevineError;
}
