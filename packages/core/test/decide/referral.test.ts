// Behaviour 1: a referral prompt on the order-confirmation page shows once per order, and
// with `requires: npsPromoter` only after an NPS answer of 9–10, never after 0–6.
import { describe, expect, it } from 'vitest';
import { type Campaign, decide, type LedgerEntry, type Signal } from '../../src/index.js';
import { campaign, config, entry, MINUTE, outcome, signal, snapshot, T0 } from '../helpers.js';

const THANK_YOU = 'https://shop.example/checkout/thank-you?order=1001';

const referral: Campaign = campaign({
  id: 'referral',
  kind: 'referral',
  context: { url: { include: [{ match: 'glob', value: '/checkout/thank-you*' }] } },
  triggers: [{ type: 'purchase' }],
  frequency: { oncePerTrigger: true },
});

function purchase(id: string, orderId: string, pageId: string, at: number): Signal {
  return signal(id, 'purchase', at, { key: orderId, pageId, props: { total: 80 } });
}

function shown(id: string, orderId: string, pageId: string, at: number): LedgerEntry {
  return entry(id, 'impression', at, { campaignId: 'referral', triggerKey: orderId, pageId });
}

describe('referral once per order', () => {
  it.each([
    {
      name: 'shows on the thank-you page after a purchase',
      now: T0,
      url: THANK_YOU,
      pageId: 'p1',
      signals: [purchase('s1', 'order-1001', 'p1', T0)],
      ledger: [],
      expected: { action: 'show', reason: undefined },
    },
    {
      name: 'does not show again when the thank-you page is reloaded',
      now: T0 + MINUTE,
      url: THANK_YOU,
      pageId: 'p2',
      signals: [purchase('s2', 'order-1001', 'p2', T0 + MINUTE)],
      ledger: [shown('e1', 'order-1001', 'p1', T0)],
      expected: { action: 'none', reason: 'SHOWN_FOR_TRIGGER' },
    },
    {
      name: 'shows again for the next order',
      now: T0 + 10 * MINUTE,
      url: THANK_YOU,
      pageId: 'p3',
      signals: [purchase('s3', 'order-1002', 'p3', T0 + 10 * MINUTE)],
      ledger: [shown('e1', 'order-1001', 'p1', T0)],
      expected: { action: 'show', reason: undefined },
    },
    {
      name: 'does not show on another page',
      now: T0,
      url: 'https://shop.example/products/tote',
      pageId: 'p1',
      signals: [purchase('s1', 'order-1001', 'p1', T0)],
      ledger: [],
      expected: { action: 'none', reason: 'CONTEXT_MISMATCH' },
    },
    {
      name: 'does not show without a purchase',
      now: T0,
      url: THANK_YOU,
      pageId: 'p1',
      signals: [],
      ledger: [],
      expected: { action: 'none', reason: 'NO_TRIGGER' },
    },
  ])('$name', ({ now, url, pageId, signals, ledger, expected }) => {
    const base = snapshot(now);
    const decision = decide(config([referral]), {
      ...base,
      context: { ...base.context, url, pageId },
      signals,
      ledger,
    });
    expect(outcome(decision, 'referral')).toMatchObject(expected);
  });

  it('reports the order as the trigger key to record on the impression', () => {
    const base = snapshot(T0);
    const decision = decide(config([referral]), {
      ...base,
      context: { ...base.context, url: THANK_YOU },
      signals: [purchase('s1', 'order-1001', 'p1', T0)],
    });
    expect(decision.trigger).toEqual({ signalId: 's1', key: 'order-1001', at: T0, index: 0 });
  });
});

describe('referral only after a promoter NPS answer', () => {
  const chained = { ...referral, requires: { npsSegment: ['promoter' as const] } };
  const answer = (id: string, score: number, at: number) =>
    entry(id, 'nps', at, { campaignId: 'nps', score });

  it.each([
    { name: 'no answer yet', answers: [], expected: 'none' },
    { name: 'answer 10', answers: [answer('a1', 10, T0 - MINUTE)], expected: 'show' },
    { name: 'answer 9', answers: [answer('a1', 9, T0 - MINUTE)], expected: 'show' },
    { name: 'answer 8 (passive)', answers: [answer('a1', 8, T0 - MINUTE)], expected: 'none' },
    { name: 'answer 6 (detractor)', answers: [answer('a1', 6, T0 - MINUTE)], expected: 'none' },
    { name: 'answer 0 (detractor)', answers: [answer('a1', 0, T0 - MINUTE)], expected: 'none' },
    {
      name: 'a promoter who later answered 3',
      answers: [answer('a1', 10, T0 - 2 * MINUTE), answer('a2', 3, T0 - MINUTE)],
      expected: 'none',
    },
    {
      name: 'a detractor who later answered 9',
      answers: [answer('a2', 9, T0 - MINUTE), answer('a1', 3, T0 - 2 * MINUTE)],
      expected: 'show',
    },
  ])('$name → $expected', ({ answers, expected }) => {
    const base = snapshot(T0);
    const decision = decide(config([chained]), {
      ...base,
      context: { ...base.context, url: THANK_YOU },
      signals: [purchase('s1', 'order-1001', 'p1', T0)],
      ledger: answers,
    });
    expect(decision.action).toBe(expected);
    if (expected === 'none') expect(outcome(decision, 'referral').reason).toBe('REQUIRES_UNMET');
  });
});
