// The demo's campaigns (the reference server's seed and the storefront's snippet) follow the
// practice: they parse without errors (no copy under an unknown message key), their A/B
// variants read differently, the friend welcome waits for a captured referral, and a
// promoter who answered 10 and shared on day 0 is not asked again on days 3, 18 and 32.
import { readFileSync } from 'node:fs';
import {
  type Config,
  decide,
  type LedgerEntry,
  resolveMessages,
  type Signal,
  type Snapshot,
} from '@grapevine/core';
import { parseConfig } from '@grapevine/core/schema';
import { describe, expect, it } from 'vitest';
import { demoCampaigns } from '../../src/seed/demo-campaigns.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T10:00:00Z');
const offer = {
  friend: { kind: 'percent' as const, value: 20 },
  advocate: { kind: 'percent' as const, value: 20 },
};

function storefrontConfig(): unknown {
  const html = readFileSync(
    new URL('../../../../examples/storefront/grapevine-snippet.html', import.meta.url),
    'utf8',
  );
  const json = /<script type="application\/json" id="grapevine-config">([\s\S]*?)<\/script>/.exec(
    html,
  );
  if (!json?.[1]) throw new Error('no config in grapevine-snippet.html');
  return JSON.parse(json[1]);
}

const CONFIGS: [string, unknown, string][] = [
  ['the seeded campaigns', { campaigns: demoCampaigns({ offer }) }, 'nps-after-purchase'],
  ['the storefront snippet', storefrontConfig(), 'post-purchase-nps'],
];

function parsed(input: unknown): Config {
  const { config, errors } = parseConfig(input);
  expect(errors).toEqual([]);
  return config;
}

/** A page view on `day`, with a purchase on it when `order` is given. */
function pageView(day: number, history: Signal[], ledger: LedgerEntry[], order?: string): Snapshot {
  const now = T0 + day * DAY;
  const ids = { pageId: `p-${day}`, sessionId: `s-${day}` };
  const purchase: Signal[] = order
    ? [{ id: `buy-${order}`, type: 'purchase', key: order, props: { total: 80 }, at: now, ...ids }]
    : [];
  return {
    now,
    visitor: { id: 'visitor-promoter' },
    context: {
      url: 'https://shop.example/checkout/thank-you',
      device: 'desktop',
      locale: 'en',
      tabId: 't',
      sessionStartedAt: now,
      pageStartedAt: now,
      ...ids,
    },
    signals: [...history, ...purchase],
    ledger,
    consent: 'granted',
  };
}

describe.each(CONFIGS)('%s', (_, input, npsId) => {
  const config = parsed(input);

  it('give the A/B variants of the referral ask copy that reads differently', () => {
    const referral = config.campaigns.find((campaign) => campaign.kind === 'referral');
    const titles = (referral?.variants ?? []).map(
      (variant) => resolveMessages('en', referral?.content, variant.content).referralTitle ?? '',
    );
    expect(titles.length).toBeGreaterThan(1);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('show the friend welcome only to a visitor whose referral was captured', () => {
    const welcome = config.campaigns.find((campaign) => campaign.kind === 'friend-offer');
    expect(welcome?.triggers).toEqual([
      expect.objectContaining({ type: 'event', name: 'referral-captured' }),
    ]);
    // A first-time visitor without a referral link: nothing.
    const first = decide(config, { ...pageView(0, [], []), signals: [] });
    expect(first.campaign?.kind).not.toBe('friend-offer');
  });

  it('ask a promoter who answered 10 and shared on day 0 nothing on days 3, 18 and 32', () => {
    const day0 = decide(config, pageView(0, [], [], 'order-0'));
    expect(day0.campaign?.id).toBe(npsId);
    const at = T0 + 2 * 60_000;
    const on = { campaignId: npsId, variantId: 'default', pageId: 'p-0', sessionId: 's-0' };
    const ledger: LedgerEntry[] = [
      { id: 'i0', type: 'impression', at: T0, triggerKey: 'order-0', ...on },
      { id: 'a0', type: 'nps', at, score: 10, ...on },
      { id: 'sh0', type: 'share', at: at + 30_000, ...on },
    ];
    const history: Signal[] = [
      {
        id: 'buy-order-0',
        type: 'purchase',
        key: 'order-0',
        at: T0,
        pageId: 'p-0',
        sessionId: 's-0',
      },
    ];
    for (const [day, order] of [
      [3, 'order-3'],
      [18, 'order-18'],
      [32, 'order-32'],
    ] as const) {
      for (const withOrder of [order, undefined]) {
        const decision = decide(config, pageView(day, history, ledger, withOrder));
        expect(decision.campaign?.id, `day ${day}${withOrder ? ' with an order' : ''}`).toBe(
          undefined,
        );
      }
      history.push({
        id: `buy-${order}`,
        type: 'purchase',
        key: order,
        at: T0 + day * DAY,
        pageId: `p-${day}`,
        sessionId: `s-${day}`,
      });
    }
  });

  it('still ask a customer who has not answered (the rules are not simply off)', () => {
    expect(decide(config, pageView(3, [], [], 'order-3')).campaign?.id).toBe(npsId);
  });
});
