import { describe, expect, it } from 'vitest';
import { distinct, historyOf, indexLedger, isResponse, latest } from '../src/ledger-index.js';
import type { LedgerEntry } from '../src/types/ledger.js';
import { entry, T0 } from './helpers.js';

describe('indexLedger', () => {
  const ledger = [
    entry('i1', 'impression', T0, { campaignId: 'a' }),
    entry('i1', 'impression', T0, { campaignId: 'a' }),
    entry('i2', 'impression', T0 + 5, { campaignId: 'b', pageId: 'p2' }),
    entry('i3', 'impression', T0 + 2, { campaignId: 'b', pageId: 'p3', sessionId: 's2' }),
    entry('n1', 'nps', T0 + 9, { campaignId: 'a', score: 10 }),
    entry('g', 'global-opt-out', T0 + 1, { campaignId: undefined }),
  ];
  const index = indexLedger(ledger, { pageId: 'p1', sessionId: 's1' });

  it('groups by campaign, keeping duplicate impressions for the counters to drop', () => {
    expect(historyOf(index, 'a').impressions.map((item) => item.id)).toEqual(['i1', 'i1']);
    expect(historyOf(index, 'a').response?.id).toBe('n1');
    expect(historyOf(index, 'a').nps?.id).toBe('n1');
    expect(historyOf(index, 'b').impressions.map((item) => item.id)).toEqual(['i2', 'i3']);
    expect(historyOf(index, 'b').response).toBeUndefined();
    expect(historyOf(index, 'none')).toEqual({
      impressions: [],
      dismissedAt: Number.NEGATIVE_INFINITY,
      snoozeUntil: Number.NEGATIVE_INFINITY,
      snoozedAt: Number.NEGATIVE_INFINITY,
    });
  });

  it('keeps the latest dismiss, snooze end, snooze time and response per campaign', () => {
    const history = historyOf(
      indexLedger(
        [
          entry('d1', 'dismiss', T0 + 3, { campaignId: 'c' }),
          entry('d2', 'dismiss', T0 + 1, { campaignId: 'c' }),
          entry('s1', 'snooze', T0 + 2, { campaignId: 'c', until: T0 + 50 }),
          entry('s2', 'snooze', T0 + 4, { campaignId: 'c', until: T0 + 20 }),
          entry('s3', 'snooze', T0 + 6, { campaignId: 'c' }),
          entry('s4', 'snooze', T0 + 5, { campaignId: 'c' }),
          entry('n1', 'nps', T0 + 8, { campaignId: 'c', score: 3 }),
          entry('sh', 'share', T0 + 9, { campaignId: 'c' }),
          entry('o', 'opt-out', T0 + 7, { campaignId: 'c' }),
        ],
        { pageId: 'p', sessionId: 's' },
      ),
      'c',
    );
    expect(history).toMatchObject({
      dismissedAt: T0 + 3,
      snoozeUntil: T0 + 50,
      snoozedAt: T0 + 6,
      impressions: [],
    });
    expect(history.response?.id).toBe('sh');
    expect(history.nps?.id).toBe('n1');
  });

  it('derives the global facts', () => {
    expect(index).toMatchObject({
      globalOptOut: true,
      latestAt: T0 + 9,
      lastImpressionAt: T0 + 5,
      sessionImpressions: 2,
      pageImpressions: 1,
    });
    expect(index.latestNpsAnswer?.id).toBe('n1');
  });

  it('groups campaign ids that are also object property names', () => {
    const tricky = indexLedger(
      [
        entry('p1', 'impression', T0, { campaignId: '__proto__' }),
        entry('c1', 'dismiss', T0 + 1, { campaignId: 'constructor' }),
        entry('t1', 'snooze', T0 + 2, { campaignId: 'toString' }),
      ],
      { pageId: 'p', sessionId: 's' },
    );
    expect(historyOf(tricky, '__proto__').impressions.map((item) => item.id)).toEqual(['p1']);
    expect(historyOf(tricky, 'constructor').dismissedAt).toBe(T0 + 1);
    expect(historyOf(tricky, 'toString').snoozedAt).toBe(T0 + 2);
    expect(historyOf(tricky, 'hasOwnProperty').impressions).toEqual([]);
  });

  it('an empty ledger has no times', () => {
    expect(indexLedger([], { pageId: 'p', sessionId: 's' })).toMatchObject({
      latestAt: Number.NEGATIVE_INFINITY,
      lastImpressionAt: Number.NEGATIVE_INFINITY,
      globalOptOut: false,
    });
  });
});

describe('distinct, latest and isResponse', () => {
  it('distinct keeps the first entry of each id', () => {
    const list = [entry('a', 'impression', T0), entry('b', 'dismiss', T0), entry('a', 'nps', T0)];
    expect(distinct(list).map((item) => item.type)).toEqual(['impression', 'dismiss']);
  });

  it.each([
    { entries: [], expected: undefined },
    { entries: [entry('a', 'nps', T0), entry('b', 'nps', T0 + 1)], expected: 'b' },
    { entries: [entry('b', 'nps', T0), entry('a', 'nps', T0)], expected: 'b' },
    { entries: [entry('a', 'nps', T0), entry('b', 'nps', T0)], expected: 'b' },
  ])('latest of $entries.length entries is $expected', ({ entries, expected }) => {
    expect(entries.reduce<LedgerEntry | undefined>(latest, undefined)?.id).toBe(expected);
  });

  it.each([
    ['nps', true],
    ['answer', true],
    ['share', true],
    ['copy', true],
    ['claim', true],
    ['impression', false],
    ['dismiss', false],
    ['snooze', false],
    ['opt-out', false],
  ] as const)('%s is a response: %s', (type, expected) => {
    expect(isResponse({ type })).toBe(expected);
  });
});
