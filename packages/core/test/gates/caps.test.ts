import { describe, expect, it } from 'vitest';
import { capsGate } from '../../src/gates/caps.js';
import { resolvePolicy } from '../../src/policy.js';
import { DAY, entry, T0 } from '../helpers.js';
import { env } from './fixtures.js';

const elsewhere = { pageId: 'old', sessionId: 'old' };

describe('capsGate', () => {
  it.each([
    { name: 'no prompts yet', ledger: [], policy: {}, expected: { pass: true } },
    {
      name: 'session cap',
      ledger: [entry('i', 'impression', T0 - DAY, { pageId: 'x' })],
      policy: { maxPerPage: 5 },
      expected: { pass: false, reason: 'SESSION_CAP' },
    },
    {
      name: 'page cap',
      ledger: [entry('i', 'impression', T0 - DAY, { sessionId: 'x' })],
      policy: { maxPerSession: 5 },
      expected: { pass: false, reason: 'PAGE_CAP' },
    },
    {
      name: 'caps of 0 block everything',
      ledger: [],
      policy: { maxPerSession: 0 },
      expected: { pass: false, reason: 'SESSION_CAP' },
    },
    {
      name: 'quiet period running',
      ledger: [entry('i', 'impression', T0 - DAY, elsewhere)],
      policy: { quietPeriod: 3 * DAY },
      expected: { pass: false, reason: 'QUIET_PERIOD', until: T0 + 2 * DAY },
    },
    {
      name: 'quiet period over',
      ledger: [entry('i', 'impression', T0 - 3 * DAY, elsewhere)],
      policy: { quietPeriod: 3 * DAY },
      expected: { pass: true },
    },
    {
      name: 'dismissals do not start a quiet period',
      ledger: [entry('d', 'dismiss', T0 - DAY, elsewhere)],
      policy: { quietPeriod: 3 * DAY },
      expected: { pass: true },
    },
  ])('$name', ({ ledger, policy, expected }) => {
    expect(capsGate(env(T0, ledger, { policy: resolvePolicy(policy) }))).toMatchObject({
      gate: 'caps',
      ...expected,
    });
  });
});
