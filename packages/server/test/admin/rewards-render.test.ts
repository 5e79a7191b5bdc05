import { describe, expect, it } from 'vitest';
import { maskEmail } from '../../src/admin/render/format.js';
import { renderRewardPage, renderRewardsPage } from '../../src/admin/render/rewards-page.js';
import { signalsOf } from '../../src/admin/reward-queries.js';
import type { AuditEntry, HeldReward } from '../../src/admin/reward-views.js';

const at = new Date('2026-11-20T09:30:00Z');

function held(overrides: Partial<HeldReward> = {}): HeldReward {
  return {
    id: 'order-<1>',
    state: 'held',
    amountMinor: 1999,
    currency: 'EUR',
    orderId: 'order-<1>',
    orderTotalMinor: 99_950,
    orderCurrency: 'EUR',
    source: 'shopify',
    code: 'ANNA7QX2',
    advocateName: '<b>Anna</b>',
    advocateId: 'customer:anna@example.com',
    createdAt: at,
    approvesAt: new Date('2026-12-04T09:30:00Z'),
    updatedAt: at,
    discountCodes: ['FRIEND-<X>'],
    friendEmail: 'bo.nielsen@example.com',
    friendVisitorId: 'v-friend-1',
    advocateEmail: 'anna@example.com',
    signals: [
      { code: 'same-ip', detail: '1 address shared' },
      { code: 'above-review-threshold', detail: '€999.50 > <€500.00>' },
      { code: '<img>' },
    ],
    ...overrides,
  };
}

const audit: AuditEntry[] = [
  {
    rewardId: 'order-<1>',
    orderId: 'order-<1>',
    at,
    actor: 'system',
    fromState: null,
    toState: 'held',
    reason: 'over <the> threshold',
  },
];

const page = (heldRewards: HeldReward[]) =>
  renderRewardsPage({
    siteKey: 'shop',
    siteKeys: ['shop'],
    generatedAt: at,
    csrfToken: 'token-123',
    toReview: heldRewards.length,
    held: heldRewards,
    totals: [{ state: 'held', count: heldRewards.length, amountMinor: 1999, currency: 'EUR' }],
    rewards: heldRewards,
    filter: null,
    recent: audit,
    notice: { kind: 'approved', orderId: '<o>' },
  });

describe('the review queue', () => {
  const text = page([held()]);

  it('shows the order, the friend (masked), the advocate and the signals', () => {
    expect(text).toContain('€999.50 verified');
    expect(text).toContain('shopify');
    expect(text).toContain('<code>FRIEND-&lt;X&gt;</code>');
    expect(text).toContain('b•••n@example.com');
    expect(text).not.toContain('bo.nielsen@example.com');
    expect(text).toContain('visitor v-friend-1');
    expect(text).toContain('&lt;b&gt;Anna&lt;/b&gt;');
    expect(text).toContain('Same IP address as the advocate: 1 address shared');
    expect(text).toContain('Above the review threshold: €999.50 &gt; &lt;€500.00&gt;');
    expect(text).toContain('<li class="signal">&lt;img&gt;</li>');
  });

  it('offers Approve and Reject as POST forms carrying the CSRF token, reject with a required reason', () => {
    const forms = text.match(/<form method="post" action="[^"]+">/g) ?? [];
    expect(forms).toEqual([
      '<form method="post" action="/admin/rewards/order-%3C1%3E/approve">',
      '<form method="post" action="/admin/rewards/order-%3C1%3E/reject">',
    ]);
    expect(text.match(/name="csrf" value="token-123"/g)).toHaveLength(2);
    expect(text).toMatch(/<input type="text" name="reason" required maxlength="500"/);
    expect(text).toContain('Approve €19.99');
  });

  it('lists the audit log and the rewards table, escaped, and never a script', () => {
    expect(text).toContain('“over &lt;the&gt; threshold”');
    expect(text).toContain('by <b>system</b>');
    expect(text).toContain('The reward of order <code>&lt;o&gt;</code> was approved.');
    expect(text).toContain('<span class="badge" title="Held rewards to review">1</span>');
    expect(text).not.toMatch(/<script|<img/);
  });

  it('says so when nothing is held', () => {
    expect(page([])).toContain('Nothing to review: no reward is held.');
  });

  it('shows a decided reward without the decision forms', () => {
    const detail = renderRewardPage({
      siteKey: 'shop',
      siteKeys: ['shop'],
      generatedAt: at,
      csrfToken: 't',
      toReview: 0,
      reward: held({ state: 'approved' }),
      audit,
    });
    expect(detail).toContain('<span class="state approved">approved</span>');
    expect(detail).not.toContain('<form');
    expect(detail).toContain('Signals recorded');
  });
});

describe('maskEmail', () => {
  it.each([
    ['bo.nielsen@example.com', 'b•••n@example.com'],
    ['al@shop.dk', 'a•••@shop.dk'],
    ['x@y.z', 'x•••@y.z'],
    ['not-an-email', '•••'],
  ])('%s → %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});

describe('signalsOf', () => {
  it.each([
    [{ signals: ['above-review-threshold'] }, [{ code: 'above-review-threshold' }]],
    [
      { signals: ['velocity', 'advocate-cap'], conversionsLastHour: 6, rewardsLast30Days: 1 },
      [
        { code: 'velocity', detail: '6 conversions on this code in the hour before' },
        { code: 'advocate-cap', detail: '1 reward in the 30 days before' },
      ],
    ],
    [
      { signals: ['same-ip', 'same-device'], sharedIpHashes: 2, sharedVisitorIds: ['v1', 'v2'] },
      [
        { code: 'same-ip', detail: '2 addresses shared' },
        { code: 'same-device', detail: 'visitor v1, v2' },
      ],
    ],
    [{ signals: ['same-device'], sharedVisitorIds: [] }, [{ code: 'same-device' }]],
    [{ signals: [42, null, { code: 'x' }] }, []],
    [{}, []],
    [null, []],
    ['signals', []],
  ])('reads %j', (evidence, expected) => {
    expect(signalsOf(evidence)).toEqual(expected);
  });
});
