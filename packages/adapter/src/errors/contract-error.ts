import { GrapevineError } from './grapevine-error.js';

/** One field that broke the contract. */
export interface ContractIssue {
  /** Dotted path with array indexes, e.g. `offer.friend.kind` or `events[2].id`; `''` is the root. */
  path: string;
  /** What was expected there, e.g. `expected string, received undefined`. */
  message: string;
}

/**
 * A request or response broke the contract: malformed JSON, a missing or wrongly typed
 * required field. The message names the first offending field; `issues` lists them all.
 * Unknown extra fields are not an error (forward compatibility).
 *
 * @example
 * ```ts
 * if (isContractError(error)) console.error(error.issues[0]?.path); // 'offer.friend.kind'
 * ```
 */
export class ContractError extends GrapevineError {
  override name = 'ContractError' as const;
  /** Where it happened: `GET /v1/referrals/:code response`, `POST /v1/events request`… */
  declare readonly where: string;
  declare readonly issues: readonly ContractIssue[];

  constructor(where: string, issues: readonly ContractIssue[], options?: { cause?: unknown }) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    const field = first ? `${first.path || '(root)'}: ${first.message}` : 'invalid';
    super(`${where}: ${field}${more}`, options);
    Object.assign(this, { where, issues });
  }
}

/** Whether `value` is a {@link ContractError}. */
export function isContractError(value: unknown): value is ContractError {
  return value instanceof ContractError;
}
