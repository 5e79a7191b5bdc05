import { describe, expect, it } from 'vitest';
import { distinct, entriesOf, indexLedger, isResponse, latest } from '../src/ledger-index.js';
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

  it('groups by campaign, keeping duplicates for the counters to drop', () => {
    expect(entriesOf(index, 'a').map((item) => item.id)).toEqual(['i1', 'i1', 'n1']);
    expect(entriesOf(index, 'b').map((item) => item.id)).toEqual(['i2', 'i3']);
    expect(entriesOf(index, 'none')).toEqual([]);
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
    expect(latest(entries)?.id).toBe(expected);
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
