// Behaviour 2: relational NPS 14 days after a purchase, via a persistent trigger that
// survives page loads; not after 180 days; recurring every 90 days.
import { describe, expect, it } from 'vitest';
import { type Campaign, decide, type LedgerEntry } from '../../src/index.js';
import { campaign, config, DAY, entry, outcome, signal, snapshot, T0 } from '../helpers.js';

const relational: Campaign = campaign({
  id: 'nps',
  kind: 'nps',
  npsKind: 'relational',
  triggers: [
    { type: 'purchase', scope: { persistFor: 180 * DAY }, after: 14 * DAY, within: 180 * DAY },
  ],
  frequency: { untilResponded: true, recurring: 90 * DAY },
});

// The purchase happened on the checkout page of an earlier session.
const purchase = signal('s-order', 'purchase', T0, {
  key: 'order-1',
  pageId: 'checkout',
  sessionId: 'old-session',
});

function decideAt(now: number, ledger: LedgerEntry[] = [], subject: Campaign = relational) {
  return decide(config([subject]), { ...snapshot(now), signals: [purchase], ledger });
}

describe('relational NPS after a purchase', () => {
  it.each([
    {
      days: 0,
      expected: { action: 'none', reason: 'TRIGGER_TOO_EARLY', nextCheckAt: T0 + 14 * DAY },
    },
    {
      days: 13,
      expected: { action: 'none', reason: 'TRIGGER_TOO_EARLY', nextCheckAt: T0 + 14 * DAY },
    },
    { days: 14, expected: { action: 'show', reason: undefined } },
    { days: 100, expected: { action: 'show', reason: undefined } },
    { days: 179, expected: { action: 'show', reason: undefined } },
    { days: 180, expected: { action: 'none', reason: 'TRIGGER_EXPIRED', nextCheckAt: undefined } },
    { days: 400, expected: { action: 'none', reason: 'TRIGGER_EXPIRED', nextCheckAt: undefined } },
  ])('day $days after the purchase', ({ days, expected }) => {
    expect(outcome(decideAt(T0 + days * DAY), 'nps')).toEqual({
      shown: expected.action === 'show' ? 'nps' : undefined,
      ...expected,
    });
  });

  it('1 ms before day 14 it is still too early', () => {
    expect(outcome(decideAt(T0 + 14 * DAY - 1), 'nps').reason).toBe('TRIGGER_TOO_EARLY');
  });

  it('a page-scoped purchase trigger does not survive the page load', () => {
    const pageScoped = campaign({
      ...relational,
      triggers: [{ type: 'purchase', after: 14 * DAY }],
    });
    expect(outcome(decideAt(T0 + 20 * DAY, [], pageScoped), 'nps').reason).toBe('NO_TRIGGER');
  });
});

describe('recurring every 90 days', () => {
  const answered = [
    entry('i1', 'impression', T0 + 14 * DAY, { campaignId: 'nps', pageId: 'a', sessionId: 'a' }),
    entry('n1', 'nps', T0 + 14 * DAY + 1, {
      campaignId: 'nps',
      score: 8,
      pageId: 'a',
      sessionId: 'a',
    }),
  ];
  it.each([
    {
      days: 15,
      expected: { action: 'none', reason: 'RECURRING_WAIT', nextCheckAt: T0 + 104 * DAY + 1 },
    },
    {
      days: 104,
      expected: { action: 'none', reason: 'RECURRING_WAIT', nextCheckAt: T0 + 104 * DAY + 1 },
    },
    { days: 105, expected: { action: 'show', reason: undefined } },
  ])('day $days after the purchase, answered on day 14', ({ days, expected }) => {
    expect(outcome(decideAt(T0 + days * DAY, answered), 'nps')).toMatchObject(expected);
  });

  it('a later purchase asks again 14 days after it', () => {
    const later = signal('s-order-2', 'purchase', T0 + 200 * DAY, {
      key: 'order-2',
      pageId: 'checkout-2',
      sessionId: 'old-2',
    });
    const decision = decide(config([relational]), {
      ...snapshot(T0 + 214 * DAY),
      signals: [purchase, later],
      ledger: answered,
    });
    expect(decision.action).toBe('show');
    expect(decision.trigger?.key).toBe('order-2');
  });

  it('without `recurring`, an answer ends it for good', () => {
    const once = campaign({ ...relational, frequency: { untilResponded: true } });
    expect(outcome(decideAt(T0 + 170 * DAY, answered, once), 'nps')).toMatchObject({
      action: 'none',
      reason: 'ALREADY_RESPONDED',
      nextCheckAt: undefined,
    });
  });
});
