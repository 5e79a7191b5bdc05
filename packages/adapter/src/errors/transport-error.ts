import { GrapevineError } from './grapevine-error.js';

/** Why a request failed before a usable answer arrived. */
export type TransportFailure = 'network' | 'timeout' | 'http';

/** What {@link TransportError} is built from. */
export interface TransportErrorDetails {
  kind: TransportFailure;
  /** `GET /v1/campaigns` and so on. */
  endpoint: string;
  /** The HTTP status, when the server answered. */
  status?: number | undefined;
  /** How many attempts were made, the first included. */
  attempts?: number;
  /** The server's machine-readable `error.code`, when its answer had one. */
  code?: string | undefined;
  cause?: unknown;
}

/**
 * The request did not get a usable answer: network failure, timeout, or an HTTP error
 * status (after any retries). Distinct from {@link ContractError}, where the server
 * answered but the answer broke the contract.
 *
 * @example
 * ```ts
 * if (isTransportError(error) && error.status === 401) askTheShopToSignAgain();
 * ```
 */
export class TransportError extends GrapevineError {
  override name = 'TransportError' as const;
  declare readonly kind: TransportFailure;
  declare readonly endpoint: string;
  /** The HTTP status; `undefined` for network failures and timeouts. */
  declare readonly status: number | undefined;
  /** How many attempts were made, the first included. */
  declare readonly attempts: number;
  /** The server's `error.code` (e.g. `invalid-signature`), when its answer had one. */
  declare readonly code: string | undefined;

  constructor(message: string, details: TransportErrorDetails) {
    // Error takes only `cause` from its options.
    super(message, details);
    // `declare`d fields are not re-initialised by the class, so this sets them once.
    Object.assign(this, { status: undefined, code: undefined, attempts: 1 }, details);
  }
}

/** Whether `value` is a {@link TransportError}. */
export function isTransportError(value: unknown): value is TransportError {
  return value instanceof TransportError;
}
