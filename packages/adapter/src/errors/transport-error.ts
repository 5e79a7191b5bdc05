import { GrapevineError } from './grapevine-error.js';

/** Why a request failed before a usable answer arrived. */
export type TransportFailure = 'network' | 'timeout' | 'http';

/** What {@link TransportError} is built from. */
export interface TransportErrorDetails {
  kind: TransportFailure;
  /** `GET /v1/campaigns` and so on. */
  endpoint: string;
  /** The HTTP status, when the server answered. */
  status?: number;
  /** How many attempts were made, the first included. */
  attempts?: number;
  /** The server's machine-readable `error.code`, when its answer had one. */
  code?: string;
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
  readonly kind: TransportFailure;
  readonly endpoint: string;
  /** The HTTP status; `undefined` for network failures and timeouts. */
  readonly status: number | undefined;
  readonly attempts: number;
  /** The server's `error.code` (e.g. `invalid-signature`), when its answer had one. */
  readonly code: string | undefined;

  constructor(message: string, details: TransportErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.endpoint = details.endpoint;
    this.status = details.status;
    this.attempts = details.attempts ?? 1;
    this.code = details.code;
  }
}

/** Whether `value` is a {@link TransportError}. */
export function isTransportError(value: unknown): value is TransportError {
  return value instanceof TransportError;
}
