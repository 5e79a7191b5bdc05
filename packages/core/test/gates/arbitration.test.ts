import { describe, expect, it } from 'vitest';
import { arbitrationGate, leaseBlock } from '../../src/gates/arbitration.js';
import { resolvePolicy } from '../../src/policy.js';

describe('arbitrationGate', () => {
  it.each([
    {
      name: 'the winner',
      lease: { heldByOtherTab: false },
      winner: 'c1',
      expected: { pass: true },
    },
    {
      name: 'no winner at all',
      lease: { heldByOtherTab: false },
      winner: undefined,
      expected: { pass: true },
    },
    {
      name: 'a loser',
      lease: { heldByOtherTab: false },
      winner: 'c2',
      expected: { pass: false, reason: 'LOWER_PRIORITY', detail: 'c2 goes first' },
    },
    {
      name: 'another tab',
      lease: { heldByOtherTab: true },
      winner: 'c1',
      expected: { pass: false, reason: 'OTHER_TAB' },
    },
    {
      name: 'a prompt open',
      lease: { heldByOtherTab: false, openPromptId: 'c9' },
      winner: 'c1',
      expected: { pass: false, reason: 'PROMPT_OPEN' },
    },
  ])('$name', ({ lease, winner, expected }) => {
    const result = arbitrationGate({ id: 'c1' }, { policy: resolvePolicy({}), lease }, winner);
    expect(result).toEqual({ gate: 'arbitration', ...expected });
  });

  it('reports no lease block when the lease is free', () => {
    expect(
      leaseBlock({ id: 'c1' }, { policy: resolvePolicy({}), lease: { heldByOtherTab: false } }),
    ).toBeUndefined();
  });
});
