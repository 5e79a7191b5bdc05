// What the gates read: the snapshot plus what the driver derived from it once.
// Each gate takes `Pick<GateEnv, …>` of what it needs, so tests build minimal objects.
import type { LedgerIndex } from '../ledger-index.js';
import type { GlobalPolicy } from '../types/config.js';
import type { GateName, GateResult, ReasonCode } from '../types/decision.js';
import type { Consent, Lease, PageContext, Signal, Visitor } from '../types/snapshot.js';

/** The inputs of every gate. */
export interface GateEnv {
  now: number;
  policy: Required<GlobalPolicy>;
  visitor: Visitor;
  context: PageContext;
  signals: readonly Signal[];
  ledger: LedgerIndex;
  /** The snapshot's lease; `{}` (nothing held, nothing open) when it has none. */
  lease: Partial<Lease>;
  consent: Consent;
  /** The path of `context.url`, for URL patterns. */
  path: string;
  /** The latest time already seen (previous decision, ledger); `now` below it is skew. */
  clockFloor: number;
}

/** A passing result. */
export function pass(gate: GateName): GateResult {
  return { gate, pass: true };
}

/** A failing result; `until` only when the failure ends by itself. */
export function fail(
  gate: GateName,
  reason: ReasonCode,
  until?: number,
  detail?: string,
): GateResult {
  const result: GateResult = { gate, pass: false, reason };
  if (until !== undefined) result.until = until;
  if (detail !== undefined) result.detail = detail;
  return result;
}

/** `pass` when `passed`, else `fail` with the reason. */
export function verdict(
  gate: GateName,
  passed: boolean,
  reason: ReasonCode,
  until?: number,
): GateResult {
  return passed ? pass(gate) : fail(gate, reason, until);
}
