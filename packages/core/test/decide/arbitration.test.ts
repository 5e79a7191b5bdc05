// Behaviour 7: the highest priority wins; a prompt already open or a lease held by another
// tab blocks the others, with the reason.
import { describe, expect, it } from 'vitest';
import { decide, type Lease } from '../../src/index.js';
import { campaign, config, snapshot, T0 } from '../helpers.js';

const low = campaign({ id: 'low', priority: 1 });
const high = campaign({ id: 'high', priority: 5 });
const unset = campaign({ id: 'unset' });

describe('arbitration', () => {
  it.each([
    {
      name: 'higher priority wins',
      campaigns: [low, high],
      shown: 'high',
      reasons: ['LOWER_PRIORITY', undefined],
    },
    {
      name: 'order does not matter',
      campaigns: [high, low],
      shown: 'high',
      reasons: [undefined, 'LOWER_PRIORITY'],
    },
    {
      name: 'ties go to the first in the config',
      campaigns: [unset, campaign({ id: 'later' })],
      shown: 'unset',
      reasons: [undefined, 'LOWER_PRIORITY'],
    },
    {
      name: 'negative priority loses to the default 0',
      campaigns: [campaign({ id: 'neg', priority: -1 }), unset],
      shown: 'unset',
      reasons: ['LOWER_PRIORITY', undefined],
    },
  ])('$name', ({ campaigns, shown, reasons }) => {
    const decision = decide(config(campaigns), snapshot(T0));
    expect(decision.campaign?.id).toBe(shown);
    expect(decision.explanations.map((item) => item.reason)).toEqual(reasons);
  });

  it.each([
    {
      lease: { heldByOtherTab: false, openPromptId: 'nps' },
      policy: {},
      action: 'none',
      reason: 'PROMPT_OPEN',
    },
    {
      lease: { heldByOtherTab: false, openPromptId: 'high' },
      policy: { oneAtATime: false },
      action: 'show',
      reason: 'PROMPT_OPEN',
    },
    {
      lease: { heldByOtherTab: false, openPromptId: 'low' },
      policy: { oneAtATime: false },
      action: 'show',
      reason: undefined,
    },
    { lease: { heldByOtherTab: true }, policy: {}, action: 'none', reason: 'OTHER_TAB' },
    {
      lease: { heldByOtherTab: true },
      policy: { oneTabAtATime: false },
      action: 'show',
      reason: undefined,
    },
  ] satisfies Array<{ lease: Lease; policy: object; action: string; reason: string | undefined }>)(
    'lease $lease, policy $policy → $action $reason',
    ({ lease, policy, action, reason }) => {
      const decision = decide(config([low, high], policy), snapshot(T0, { lease }));
      expect(decision.action).toBe(action);
      expect(decision.explanations.find((item) => item.campaignId === 'high')?.reason).toBe(reason);
      // With `high` itself open, `low` may show beside it (oneAtATime off).
      if (action === 'show') expect(decision.campaign?.id).toBe(reason ? 'low' : 'high');
    },
  );

  it('an open prompt of the same campaign is never shown twice', () => {
    const decision = decide(
      config([high], { oneAtATime: false }),
      snapshot(T0, { lease: { heldByOtherTab: false, openPromptId: 'high' } }),
    );
    expect(decision.explanations[0]?.reason).toBe('PROMPT_OPEN');
  });

  it("names the winner in the loser's arbitration gate", () => {
    const gate = decide(config([low, high]), snapshot(T0)).explanations[0]?.gates.find(
      (result) => result.gate === 'arbitration',
    );
    expect(gate).toEqual({
      gate: 'arbitration',
      pass: false,
      reason: 'LOWER_PRIORITY',
      detail: 'high goes first',
    });
  });
});
