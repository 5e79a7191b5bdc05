// A minimal gate environment; each test overrides what its gate reads.
import type { GateEnv } from '../../src/gates/env.js';
import { indexLedger } from '../../src/ledger-index.js';
import { resolvePolicy } from '../../src/policy.js';
import type { LedgerEntry } from '../../src/types/ledger.js';
import { snapshot } from '../helpers.js';

export function env(
  now: number,
  ledger: LedgerEntry[] = [],
  overrides: Partial<GateEnv> = {},
): GateEnv {
  const base = snapshot(now, { ledger });
  return {
    now,
    policy: resolvePolicy({}),
    visitor: base.visitor,
    context: base.context,
    signals: [],
    ledger: indexLedger(ledger, base.context),
    lease: { heldByOtherTab: false },
    consent: 'granted',
    clockFloor: Number.NEGATIVE_INFINITY,
    path: '/',
    ...overrides,
  };
}
