import { describe, expect, it } from 'vitest';
import { systemGate } from '../../src/gates/system.js';
import { resolvePolicy } from '../../src/policy.js';
import { entry, T0 } from '../helpers.js';
import { env } from './fixtures.js';

describe('systemGate', () => {
  it.each([
    { name: 'all clear', overrides: {}, ledger: [], expected: { gate: 'system', pass: true } },
    {
      name: 'kill switch',
      overrides: { policy: resolvePolicy({ killSwitch: true }) },
      ledger: [],
      expected: { pass: false, reason: 'KILL_SWITCH' },
    },
    {
      name: 'consent denied',
      overrides: { consent: 'denied' as const },
      ledger: [],
      expected: { pass: false, reason: 'CONSENT_DENIED' },
    },
    {
      name: 'consent pending, not required',
      overrides: { consent: 'pending' as const },
      ledger: [],
      expected: { pass: true },
    },
    {
      name: 'consent pending, required',
      overrides: { consent: 'pending' as const, policy: resolvePolicy({ consentRequired: true }) },
      ledger: [],
      expected: { pass: false, reason: 'CONSENT_PENDING' },
    },
    {
      name: 'global opt-out',
      overrides: {},
      ledger: [entry('g', 'global-opt-out', T0, { campaignId: undefined })],
      expected: { pass: false, reason: 'GLOBAL_OPT_OUT' },
    },
    {
      name: 'campaign opt-out',
      overrides: {},
      ledger: [entry('o', 'opt-out', T0)],
      expected: { pass: false, reason: 'OPTED_OUT' },
    },
    {
      name: 'clock behind',
      overrides: { clockFloor: T0 + 1 },
      ledger: [],
      expected: { pass: false, reason: 'CLOCK_SKEW', until: T0 + 1 },
    },
    {
      name: 'clock exactly at the floor',
      overrides: { clockFloor: T0 },
      ledger: [],
      expected: { pass: true },
    },
  ])('$name', ({ overrides, ledger, expected }) => {
    expect(systemGate({ id: 'c1' }, env(T0, ledger, overrides))).toMatchObject(expected);
  });
});
