import { describe, expect, it } from 'vitest';
import { forEachOccurrence } from '../../src/triggers/occurrences.js';
import type { PageContext, Signal } from '../../src/types/snapshot.js';
import type { Trigger } from '../../src/types/trigger.js';
import { SECOND, signal, snapshot, T0 } from '../helpers.js';
import { pollute } from '../pollute.js';

interface Found {
  at: number;
  key: string;
  pageId: string;
  sessionId: string;
  signalId?: string;
}

/** Every occurrence the visitor reports, as a list. */
function occurrences(
  trigger: Trigger,
  campaignId: string,
  context: PageContext,
  signals: Signal[],
) {
  const found: Found[] = [];
  forEachOccurrence(
    trigger,
    campaignId,
    context,
    signals,
    (at, key, pageId, sessionId, signalId) => {
      found.push({ at, key, pageId, sessionId, ...(signalId === undefined ? {} : { signalId }) });
    },
  );
  return found;
}

const base = snapshot(T0).context;
const context = {
  ...base,
  sessionStartedAt: T0 - 60 * SECOND,
  pageviews: 3,
  lastActivityAt: T0 + 5 * SECOND,
};

const signals = [
  signal('buy', 'purchase', T0, { key: 'order-1', props: { total: 80, currency: 'DKK' } }),
  signal('small', 'purchase', T0, { props: { total: 20 } }),
  signal('signup', 'event', T0, { name: 'signup', props: { plan: 'pro' } }),
  signal('scroll-40', 'scroll-depth', T0, { props: { percent: 40 } }),
  signal('scroll-80', 'scroll-depth', T0, { props: { percent: 80 } }),
  signal('footer', 'element-visible', T0, { name: '#footer' }),
  signal('manual-c1', 'manual', T0, { name: 'c1' }),
  signal('manual-c2', 'manual', T0, { name: 'c2' }),
  signal('leave', 'exit-intent', T0),
  signal('view', 'pageview', T0 - SECOND, { pageId: 'p0' }),
];

describe('forEachOccurrence', () => {
  it.each<{ trigger: Trigger; ids: string[] }>([
    { trigger: { type: 'purchase' }, ids: ['buy', 'small'] },
    {
      trigger: { type: 'purchase', where: [{ prop: 'total', op: '>=', value: 50 }] },
      ids: ['buy'],
    },
    {
      trigger: {
        type: 'purchase',
        where: [
          { prop: 'total', op: '>=', value: 50 },
          { prop: 'currency', op: '=', value: 'EUR' },
        ],
      },
      ids: [],
    },
    { trigger: { type: 'event', name: 'signup' }, ids: ['signup'] },
    {
      trigger: {
        type: 'event',
        name: 'signup',
        where: [{ prop: 'plan', op: 'in', value: ['free'] }],
      },
      ids: [],
    },
    { trigger: { type: 'event', name: 'other' }, ids: [] },
    { trigger: { type: 'scroll-depth', percent: 50 }, ids: ['scroll-80'] },
    { trigger: { type: 'element-visible', selector: '#footer' }, ids: ['footer'] },
    { trigger: { type: 'manual' }, ids: ['manual-c1'] },
    { trigger: { type: 'exit-intent' }, ids: ['leave'] },
  ])('$trigger.type matches signals $ids', ({ trigger, ids }) => {
    expect(occurrences(trigger, 'c1', context, signals).map((item) => item.signalId)).toEqual(ids);
  });

  it("reads only the signal's own properties, also on a page that added to Object.prototype", () => {
    const restore = pollute(); // adds an enumerable `each` method to every object
    try {
      const bare = [signal('bare', 'event', T0, { name: 'signup', props: {} })];
      const on = (prop: string, op: 'exists' | 'missing') =>
        occurrences(
          { type: 'event', name: 'signup', where: [{ prop, op }] },
          'c1',
          context,
          bare,
        ).map((item) => item.signalId);
      expect(on('each', 'exists')).toEqual([]);
      expect(on('constructor', 'exists')).toEqual([]);
      expect(on('toString', 'missing')).toEqual(['bare']);
    } finally {
      restore();
    }
  });

  it.each<{ trigger: Trigger; expected: object | undefined }>([
    { trigger: { type: 'pageview' }, expected: { at: T0, key: 'page:p1' } },
    {
      trigger: { type: 'time-on-page', duration: 30 * SECOND },
      expected: { at: T0 + 30 * SECOND, key: 'page:p1' },
    },
    {
      trigger: { type: 'idle', duration: 10 * SECOND },
      expected: { at: T0 + 15 * SECOND, key: `page:p1:idle:${T0 + 5 * SECOND}` },
    },
    { trigger: { type: 'session-start' }, expected: { at: T0 - 60 * SECOND, key: 'session:s1' } },
    { trigger: { type: 'pageview-count', count: 3 }, expected: { at: T0, key: 'session:s1' } },
    { trigger: { type: 'pageview-count', count: 4 }, expected: undefined },
  ])('$trigger.type is computed from the context', ({ trigger, expected }) => {
    const computed = occurrences(trigger, 'c1', context, []).at(-1);
    if (expected === undefined) expect(computed).toBeUndefined();
    else expect(computed).toEqual({ ...expected, pageId: 'p1', sessionId: 's1' });
  });

  it('idle without activity counts from the page start', () => {
    const [idle] = occurrences({ type: 'idle', duration: SECOND }, 'c1', base, []);
    expect(idle?.at).toBe(T0 + SECOND);
  });

  it('page views add the current page to the reported ones', () => {
    expect(
      occurrences({ type: 'pageview' }, 'c1', context, signals).map((item) => item.at),
    ).toEqual([T0 - SECOND, T0]);
  });
});
