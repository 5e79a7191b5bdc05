import { describe, expect, it } from 'vitest';
import { triggerGate } from '../../src/gates/trigger.js';
import type { Trigger } from '../../src/types/trigger.js';
import { DAY, SECOND, signal, snapshot, T0 } from '../helpers.js';

const { context } = snapshot(T0);
const elsewhere = { pageId: 'old-page', sessionId: 'old-session' };

describe('triggerGate', () => {
  it.each<{
    name: string;
    triggers: Trigger[];
    signals: ReturnType<typeof signal>[];
    now: number;
    expected: object;
  }>([
    {
      name: 'no triggers never fire',
      triggers: [],
      signals: [],
      now: T0,
      expected: { reason: 'NO_TRIGGER' },
    },
    {
      name: 'page scope, same page',
      triggers: [{ type: 'exit-intent' }],
      signals: [signal('x', 'exit-intent', T0)],
      now: T0,
      expected: { pass: true },
    },
    {
      name: 'page scope, other page',
      triggers: [{ type: 'exit-intent' }],
      signals: [signal('x', 'exit-intent', T0, { pageId: 'p0' })],
      now: T0,
      expected: { reason: 'NO_TRIGGER' },
    },
    {
      name: 'session scope, other page',
      triggers: [{ type: 'exit-intent', scope: 'session' }],
      signals: [signal('x', 'exit-intent', T0, { pageId: 'p0' })],
      now: T0,
      expected: { pass: true },
    },
    {
      name: 'session scope, other session',
      triggers: [{ type: 'exit-intent', scope: 'session' }],
      signals: [signal('x', 'exit-intent', T0, elsewhere)],
      now: T0,
      expected: { reason: 'NO_TRIGGER' },
    },
    {
      name: 'persistent, in time',
      triggers: [{ type: 'purchase', scope: { persistFor: 10 * DAY } }],
      signals: [signal('x', 'purchase', T0 - 9 * DAY, elsewhere)],
      now: T0,
      expected: { pass: true },
    },
    {
      name: 'persistent, expired',
      triggers: [{ type: 'purchase', scope: { persistFor: 10 * DAY } }],
      signals: [signal('x', 'purchase', T0 - 10 * DAY, elsewhere)],
      now: T0,
      expected: { reason: 'TRIGGER_EXPIRED' },
    },
    {
      name: 'after: too early',
      triggers: [{ type: 'purchase', after: 2 * DAY }],
      signals: [signal('x', 'purchase', T0)],
      now: T0 + DAY,
      expected: { reason: 'TRIGGER_TOO_EARLY', until: T0 + 2 * DAY },
    },
    {
      name: 'within: exactly at the end',
      triggers: [{ type: 'purchase', within: DAY }],
      signals: [signal('x', 'purchase', T0)],
      now: T0 + DAY,
      expected: { reason: 'TRIGGER_EXPIRED' },
    },
    {
      name: 'time on page: too early',
      triggers: [{ type: 'time-on-page', duration: 30 * SECOND }],
      signals: [],
      now: T0 + 10 * SECOND,
      expected: { reason: 'TRIGGER_TOO_EARLY', until: T0 + 30 * SECOND },
    },
    {
      name: 'time on page: reached',
      triggers: [{ type: 'time-on-page', duration: 30 * SECOND }],
      signals: [],
      now: T0 + 30 * SECOND,
      expected: { pass: true },
    },
    {
      name: 'earliest of several opening times',
      triggers: [
        { type: 'time-on-page', duration: 60 * SECOND },
        { type: 'time-on-page', duration: 20 * SECOND },
      ],
      signals: [],
      now: T0,
      expected: { reason: 'TRIGGER_TOO_EARLY', until: T0 + 20 * SECOND },
    },
    {
      name: 'too early beats expired',
      triggers: [
        { type: 'purchase', within: SECOND },
        { type: 'time-on-page', duration: 60 * SECOND },
      ],
      signals: [signal('x', 'purchase', T0 - 5 * SECOND)],
      now: T0,
      expected: { reason: 'TRIGGER_TOO_EARLY', until: T0 + 60 * SECOND },
    },
    {
      name: 'a future signal (clock skew) is too early',
      triggers: [{ type: 'purchase' }],
      signals: [signal('x', 'purchase', T0 + SECOND)],
      now: T0,
      expected: { reason: 'TRIGGER_TOO_EARLY', until: T0 + SECOND },
    },
  ])('$name', ({ triggers, signals, now, expected }) => {
    const { result } = triggerGate({ id: 'c1', triggers }, { now, context, signals });
    expect(result).toMatchObject({
      gate: 'trigger',
      pass: !('reason' in expected),
      ...expected,
    });
  });

  it('picks the latest occurrence and reports it', () => {
    const signals = [
      signal('a', 'purchase', T0 - 2 * SECOND, { key: 'order-1' }),
      signal('b', 'purchase', T0 - SECOND, { key: 'order-2' }),
    ];
    const verdict = triggerGate(
      { id: 'c1', triggers: [{ type: 'exit-intent' }, { type: 'purchase' }] },
      { now: T0, context, signals },
    );
    expect(verdict.match).toEqual({ signalId: 'b', key: 'order-2', at: T0 - SECOND, index: 1 });
  });
});
