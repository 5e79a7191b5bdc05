import { describe, expect, it } from 'vitest';
import { summarize } from '../src/summary.js';
import type { GateResult } from '../src/types/decision.js';
import { DAY, T0 } from './helpers.js';

const ok = (gate: GateResult['gate']): GateResult => ({ gate, pass: true });

describe('summarize', () => {
  it.each<{ gates: GateResult[]; eligibleAt: number | undefined; expected: string }>([
    { gates: [ok('system'), ok('delay')], eligibleAt: undefined, expected: 'c1: eligible' },
    {
      gates: [ok('system'), { gate: 'frequency', pass: false, reason: 'SNOOZED', until: T0 + DAY }],
      eligibleAt: T0 + DAY,
      expected: 'c1: SNOOZED (frequency), eligible again at 2026-11-02T00:00:00.000Z',
    },
    {
      gates: [
        { gate: 'caps', pass: false, reason: 'QUIET_PERIOD', until: T0 },
        { gate: 'delay', pass: false, reason: 'DELAYED', until: T0 + DAY },
      ],
      eligibleAt: T0 + DAY,
      expected: 'c1: QUIET_PERIOD (caps), eligible again at 2026-11-02T00:00:00.000Z',
    },
    {
      gates: [
        { gate: 'arbitration', pass: false, reason: 'LOWER_PRIORITY', detail: 'c2 goes first' },
      ],
      eligibleAt: undefined,
      expected: 'c1: LOWER_PRIORITY (arbitration: c2 goes first)',
    },
  ])('$expected', ({ gates, eligibleAt, expected }) => {
    expect(summarize('c1', gates, eligibleAt)).toBe(expected);
  });
});
