import type { Campaign, Config, LedgerEntry, Signal, Snapshot } from '@grapevine/core';
import { decide } from '@grapevine/core';
import { describe, expect, it } from 'vitest';
import { planFor, readsPage } from '../../src/script/wake-plan.js';

const NOW = Date.parse('2026-11-22T08:00:00Z');
const DAY = 86_400_000;

function snapshot(extra: { signals?: Signal[]; ledger?: LedgerEntry[]; url?: string } = {}) {
  const value: Snapshot = {
    now: NOW,
    visitor: { id: 'v-1', traits: { plan: 'free' } },
    context: {
      url: extra.url ?? 'https://shop.example/products/1',
      device: 'desktop',
      locale: 'en',
      tabId: 't-1',
      pageId: 'p-1',
      sessionId: 's-1',
      sessionStartedAt: NOW - 60_000,
      pageStartedAt: NOW,
      pageviews: 2,
      lastActivityAt: NOW,
    },
    signals: extra.signals ?? [],
    ledger: extra.ledger ?? [],
    consent: 'granted',
  };
  return value;
}

/** The plan for one campaign and a snapshot. */
function planOf(
  campaigns: Campaign[],
  extra: Parameters<typeof snapshot>[0] = {},
  expires?: number,
) {
  const config: Config = { campaigns };
  const decision = decide(config, snapshot(extra));
  return planFor({ config, decision, key: 'k-1', who: 'w-1', configExpiresAt: expires });
}

const referral: Campaign = {
  id: 'refer',
  kind: 'referral',
  triggers: [{ type: 'purchase' }],
  frequency: { once: true },
};
/** A purchase 2 days ago that keeps counting for 30 days. */
const purchase: Signal = {
  id: 's-1',
  type: 'purchase',
  key: 'A1',
  at: NOW - 2 * DAY,
  pageId: 'p-0',
  sessionId: 's-0',
};
const persistent: Campaign = {
  id: 'nps',
  kind: 'nps',
  triggers: [{ type: 'purchase', scope: { persistFor: 30 * DAY } }],
};
const impression = (campaignId: string): LedgerEntry => ({
  id: `i-${campaignId}`,
  type: 'impression',
  campaignId,
  at: NOW - 3 * DAY,
  pageId: 'p-0',
  sessionId: 's-0',
});

describe('wake plan', () => {
  it('sleeps when every campaign waits for a command (purchase trigger, no purchase)', () => {
    // Asleep, but a purchase would show the referral prompt: its UI loads beside the rules.
    expect(planOf([referral])).toEqual({ v: 1, k: 'k-1', w: 'w-1', b: ['referral'] });
  });

  it('makes every page view count for a page-level trigger, and warms the prompt', () => {
    const nps: Campaign = {
      id: 'nps',
      kind: 'nps',
      triggers: [{ type: 'time-on-page', duration: 30_000 }],
    };
    expect(planOf([nps])).toMatchObject({ p: 1, h: 1, n: ['nps'] });
    expect(planOf([nps]).b).toBeUndefined(); // no purchase shows it
    for (const type of ['pageview', 'exit-intent', 'session-start'] as const) {
      expect(planOf([{ ...nps, triggers: [{ type }] }]).p).toBe(1);
    }
  });

  it('lets a campaign that can never show again sleep, page triggers or not', () => {
    const once: Campaign = { ...referral, triggers: [{ type: 'pageview' }] };
    expect(planOf([once], { ledger: [impression('refer')] })).toEqual({ v: 1, k: 'k-1', w: 'w-1' });
  });

  it('counts each page view as a new occurrence for `oncePerTrigger` page triggers', () => {
    const perPage: Campaign = {
      id: 'nps',
      kind: 'nps',
      triggers: [{ type: 'pageview' }],
      frequency: { oncePerTrigger: true },
    };
    const shownHere = { ...impression('nps'), at: NOW, pageId: 'p-1', triggerKey: 'page:p-1' };
    const plan = planOf([perPage], { ledger: [shownHere] });
    expect(plan.p).toBe(1);
    // The same campaign with a purchase trigger waits for the next purchase (a command).
    const perOrder: Campaign = { ...perPage, triggers: [{ type: 'purchase', scope: 'session' }] };
    const order = { ...purchase, at: NOW, pageId: 'p-1', sessionId: 's-1' };
    const shown = { ...shownHere, triggerKey: 'A1', sessionId: 's-0', pageId: 'p-0' };
    expect(planOf([perOrder], { signals: [order], ledger: [shown] }).p).toBeUndefined();
  });

  it('wakes when a time-based wait ends (the trigger’s `after`)', () => {
    const later: Campaign = {
      ...persistent,
      triggers: [{ type: 'purchase', scope: { persistFor: 30 * DAY }, after: 14 * DAY }],
    };
    const plan = planOf([later], { signals: [purchase] });
    expect(plan.p).toBeUndefined();
    expect(plan.u).toBe(purchase.at + 14 * DAY);
  });

  it('wakes at the earliest of a snooze end and the remote config’s TTL', () => {
    const snoozed: Campaign = { ...persistent, frequency: { snooze: 7 * DAY } };
    const snooze: LedgerEntry = { ...impression('nps'), id: 'z', type: 'snooze' };
    const plan = planOf([snoozed], { signals: [purchase], ledger: [snooze] });
    expect(plan.u).toBe(snooze.at + 7 * DAY);
    expect(planOf([snoozed], { signals: [purchase], ledger: [snooze] }, NOW + 600_000).u).toBe(
      NOW + 600_000,
    );
  });

  it('makes page views count when only the page (URL) blocks a live campaign', () => {
    const thanks: Campaign = {
      ...persistent,
      context: { url: { include: [{ match: 'prefix', value: '/thanks' }] } },
    };
    expect(planOf([thanks], { signals: [purchase] }).p).toBe(1);
    // Without a trigger occurrence, the URL does not matter.
    expect(planOf([thanks]).p).toBeUndefined();
  });

  it('makes page views count while a prompt shows (the decision is `show`)', () => {
    expect(planOf([persistent], { signals: [purchase] })).toMatchObject({ p: 1 });
  });

  it('marks identity as relevant when an audience condition blocks a campaign', () => {
    const pro: Campaign = { ...persistent, audience: { trait: 'plan', op: '=', value: 'pro' } };
    const plan = planOf([pro], { signals: [purchase] });
    expect(plan).toMatchObject({ i: 1, w: 'w-1' });
    expect(plan.p).toBeUndefined();
    const mobile: Campaign = { ...persistent, audience: { device: ['mobile'] } };
    expect(planOf([mobile], { signals: [purchase] })).toMatchObject({ i: 1, p: 1 });
  });

  it('tells page conditions from trait conditions', () => {
    expect(readsPage(undefined)).toBe(false);
    expect(readsPage({ trait: 'url', op: 'exists' })).toBe(false);
    expect(readsPage({ all: [{ trait: 'plan', op: 'exists' }, { not: { locale: ['da'] } }] })).toBe(
      true,
    );
    expect(readsPage({ any: [{ url: { include: [{ match: 'exact', value: '/' }] } }] })).toBe(true);
  });

  it('sends a plan whose time is up to the rules at once (eligibleAt missing)', () => {
    const config: Config = { campaigns: [persistent] };
    const decision = decide(config, snapshot());
    decision.explanations = [
      {
        campaignId: 'nps',
        eligible: false,
        gates: [{ gate: 'caps', pass: false, reason: 'QUIET_PERIOD', until: NOW + 5 }],
        variantId: 'default',
        summary: '',
      },
    ];
    expect(planFor({ config, decision, key: 'k', who: '' }).u).toBe(0);
  });

  it('records the kinds a purchase can show, leaving out campaigns it cannot bring back', () => {
    const friend: Campaign = {
      id: 'welcome',
      kind: 'friend-offer',
      triggers: [{ type: 'event', name: 'referral-captured' }],
    };
    const perPurchase: Campaign = { ...persistent, frequency: { oncePerTrigger: true } };
    // Shown for the last purchase: the next purchase is a new occurrence.
    const shown = { ledger: [impression('nps')], signals: [purchase] };
    expect(planOf([referral, perPurchase, friend], shown).b).toEqual(['referral', 'nps']);
    // Once ever, already shown: no purchase brings it back.
    expect(planOf([referral], { ledger: [impression('refer')] }).b).toBeUndefined();
    expect(planOf([friend]).b).toBeUndefined();
  });

  it("names the kind of a prompt that is due or scheduled as near (the loader's idle warm-up)", () => {
    const delayed: Campaign = { ...persistent, delay: 60_000 };
    const plan = planOf([delayed], { signals: [purchase] });
    expect(plan).toMatchObject({ h: 1, n: ['nps'] });
  });
});
