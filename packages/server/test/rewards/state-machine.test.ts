import { describe, expect, it } from 'vitest';
import {
  REWARD_STATES,
  type RewardEvent,
  type RewardState,
  transition,
} from '../../src/rewards/state-machine.js';

// Every event the machine knows, in the variants that behave differently.
const EVENTS = {
  'window-passed': { type: 'window-passed' },
  'refund part': { type: 'refund', amountMinor: 600, full: false },
  'refund nothing off': { type: 'refund', amountMinor: 1000, full: false },
  'refund all': { type: 'refund', amountMinor: 0, full: true },
  cancel: { type: 'cancel' },
  'approve (window open)': { type: 'approve', windowPassed: false },
  'approve (window over)': { type: 'approve', windowPassed: true },
  reject: { type: 'reject' },
  fulfil: { type: 'fulfil' },
} as const satisfies Record<string, RewardEvent>;
type EventName = keyof typeof EVENTS;

// What each pair does: `→state webhook amount` for a move, `=` unchanged, `✗` refused.
const TABLE: Record<RewardState, Record<EventName, string>> = {
  pending: {
    'window-passed': '→approved reward.approved 1000',
    'refund part': '→pending reward.reduced 600',
    'refund nothing off': '=',
    'refund all': '→voided reward.voided 0',
    cancel: '→voided reward.voided 0',
    'approve (window open)': '✗',
    'approve (window over)': '✗',
    reject: '→rejected reward.voided 0',
    fulfil: '✗',
  },
  held: {
    'window-passed': '=',
    'refund part': '→held reward.reduced 600',
    'refund nothing off': '=',
    'refund all': '→voided reward.voided 0',
    cancel: '→voided reward.voided 0',
    'approve (window open)': '→pending - 1000',
    'approve (window over)': '→approved reward.approved 1000',
    reject: '→rejected reward.voided 0',
    fulfil: '✗',
  },
  approved: {
    'window-passed': '=',
    'refund part': '→approved reward.reversed 600',
    'refund nothing off': '=',
    'refund all': '→reversed reward.reversed 0',
    cancel: '→reversed reward.reversed 0',
    'approve (window open)': '✗',
    'approve (window over)': '✗',
    reject: '✗',
    fulfil: '→fulfilled - 1000',
  },
  fulfilled: {
    'window-passed': '=',
    'refund part': '→fulfilled reward.reversed 600',
    'refund nothing off': '=',
    'refund all': '→reversed reward.reversed 0',
    cancel: '→reversed reward.reversed 0',
    'approve (window open)': '✗',
    'approve (window over)': '✗',
    reject: '✗',
    fulfil: '=',
  },
  voided: {
    'window-passed': '=',
    'refund part': '=',
    'refund nothing off': '=',
    'refund all': '=',
    cancel: '=',
    'approve (window open)': '✗',
    'approve (window over)': '✗',
    reject: '✗',
    fulfil: '✗',
  },
  rejected: {
    'window-passed': '=',
    'refund part': '=',
    'refund nothing off': '=',
    'refund all': '=',
    cancel: '=',
    'approve (window open)': '✗',
    'approve (window over)': '✗',
    reject: '=',
    fulfil: '✗',
  },
  reversed: {
    'window-passed': '=',
    'refund part': '=',
    'refund nothing off': '=',
    'refund all': '=',
    cancel: '=',
    'approve (window open)': '✗',
    'approve (window over)': '✗',
    reject: '✗',
    fulfil: '✗',
  },
};

const cases = REWARD_STATES.flatMap((state) =>
  (Object.keys(EVENTS) as EventName[]).map((name) => [state, name, TABLE[state][name]] as const),
);

describe('the reward state machine', () => {
  it('has a row for every state and a column for every event', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...REWARD_STATES].sort());
    expect(cases).toHaveLength(REWARD_STATES.length * Object.keys(EVENTS).length);
  });

  it.each(cases)('%s + %s → %s', (state, name, expected) => {
    const result = transition({ state, amountMinor: 1000 }, EVENTS[name]);
    if (result.kind === 'move') {
      expect(`→${result.to} ${result.webhook ?? '-'} ${result.amountMinor}`).toBe(expected);
      expect(result.from).toBe(state);
      expect(result.changeMinor).toBe(result.amountMinor - 1000);
      const afterApproval = state === 'approved' || state === 'fulfilled';
      expect(result.reversedMinor).toBe(afterApproval ? 1000 - result.amountMinor : 0);
    } else {
      expect(result.kind === 'unchanged' ? '=' : '✗').toBe(expected);
      expect(result.reason).not.toBe('');
    }
  });

  it('never raises an amount: a refund naming more than the reward is worth changes nothing', () => {
    expect(
      transition(
        { state: 'pending', amountMinor: 500 },
        { type: 'refund', amountMinor: 900, full: false },
      ),
    ).toMatchObject({ kind: 'unchanged' });
  });

  it('ends a reward worth nothing (a custom reward) on a full refund or cancellation', () => {
    expect(transition({ state: 'pending', amountMinor: 0 }, { type: 'cancel' })).toMatchObject({
      kind: 'move',
      to: 'voided',
    });
    expect(
      transition(
        { state: 'approved', amountMinor: 0 },
        { type: 'refund', amountMinor: 0, full: true },
      ),
    ).toMatchObject({ kind: 'move', to: 'reversed', reversedMinor: 0 });
  });

  it('voids before approval when a partial refund leaves a reward of zero', () => {
    expect(
      transition(
        { state: 'held', amountMinor: 3 },
        { type: 'refund', amountMinor: 0, full: false },
      ),
    ).toMatchObject({ kind: 'move', to: 'voided', webhook: 'reward.voided' });
  });
});
