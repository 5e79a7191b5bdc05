// The benchmark's inputs: 20 campaigns (conditions with glob, prefix and regex URL patterns,
// three triggers each, frequency rules, `requires`, sampling, variants) and a 1,000-entry
// ledger. Kept apart from decide.bench.ts so profiling scripts can run the same work.
import type { Campaign, Config, LedgerEntry, Signal, Snapshot } from '../src/index.js';

const DAY = 86_400_000;
const NOW = 1_793_491_200_000;

function campaignNumber(index: number): Campaign {
  const kinds = ['nps', 'referral', 'friend-offer'] as const;
  return {
    id: `campaign-${index}`,
    kind: kinds[index % 3] ?? 'nps',
    priority: index % 5,
    schedule: { start: NOW - 30 * DAY, end: NOW + 30 * DAY },
    context: {
      all: [
        {
          url: {
            include: [
              { match: 'glob', value: '/checkout/*' },
              { match: 'prefix', value: '/orders/' },
            ],
            exclude: [{ match: 'regex', value: '^/admin' }],
          },
        },
        { device: ['desktop', 'mobile'] },
      ],
    },
    audience: { any: [{ trait: 'orders', op: '>=', value: 1 }, { locale: ['da', 'en'] }] },
    triggers: [
      {
        type: 'purchase',
        scope: { persistFor: 180 * DAY },
        after: index % 2 === 0 ? 0 : 14 * DAY,
        where: [{ prop: 'total', op: '>=', value: 50 }],
      },
      { type: 'time-on-page', duration: 20_000 },
      { type: 'event', name: `event-${index % 4}` },
    ],
    ...(index % 3 === 1 ? { requires: { npsSegment: ['promoter' as const] } } : {}),
    frequency: {
      untilResponded: true,
      maxImpressions: 3,
      dismissGap: 21 * DAY,
      snooze: 7 * DAY,
      recurring: 90 * DAY,
      oncePerTrigger: index % 2 === 0,
    },
    sampling: 0.5 + (index % 5) / 10,
    variants: [
      { id: 'a', weight: 1, content: { en: { title: 'A' } } },
      { id: 'b', weight: 1 },
    ],
    content: { en: { title: 'Hello', body: 'Tell a friend' }, da: { title: 'Hej' } },
  };
}

const TYPES: LedgerEntry['type'][] = ['impression', 'dismiss', 'snooze', 'nps', 'share', 'copy'];

function ledgerEntry(index: number): LedgerEntry {
  const type = TYPES[index % TYPES.length] ?? 'impression';
  return {
    id: `entry-${index}`,
    type,
    at: NOW - (1_000 - index) * 3_600_000,
    campaignId: `campaign-${index % 25}`,
    variantId: 'a',
    pageId: `page-${index % 40}`,
    sessionId: `session-${index % 12}`,
    ...(type === 'nps' ? { score: index % 11 } : {}),
    ...(type === 'impression' ? { triggerKey: `order-${index % 30}` } : {}),
  };
}

export const config: Config = {
  campaigns: Array.from({ length: 20 }, (_, index) => campaignNumber(index)),
  policy: { quietPeriod: 3 * DAY, maxPerSession: 2, maxPerPage: 1 },
};

const signals: Signal[] = [
  {
    id: 'buy-1',
    type: 'purchase',
    key: 'order-99',
    props: { total: 80, currency: 'DKK' },
    at: NOW - 20 * DAY,
    pageId: 'old',
    sessionId: 'old',
  },
  {
    id: 'ev-1',
    type: 'event',
    name: 'event-1',
    at: NOW - 1_000,
    pageId: 'page-now',
    sessionId: 'session-now',
  },
  { id: 'pv-1', type: 'pageview', at: NOW - 10_000, pageId: 'page-now', sessionId: 'session-now' },
];

export const snapshot: Snapshot = {
  now: NOW,
  visitor: { id: 'visitor-42', traits: { orders: 3, plan: 'pro' } },
  context: {
    url: 'https://shop.example/checkout/thank-you?order=99',
    device: 'desktop',
    locale: 'da-DK',
    tabId: 'tab-1',
    pageId: 'page-now',
    sessionId: 'session-now',
    sessionStartedAt: NOW - 600_000,
    pageStartedAt: NOW - 30_000,
    pageviews: 4,
  },
  signals,
  ledger: Array.from({ length: 1_000 }, (_, index) => ledgerEntry(index)),
  lease: { heldByOtherTab: false },
  consent: 'granted',
  lastDecisionAt: NOW - 5_000,
};
