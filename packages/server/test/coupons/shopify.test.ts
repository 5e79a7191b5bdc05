import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fulfilmentSchema } from '../../src/coupons/config.js';
import { isProviderError } from '../../src/coupons/errors.js';
import { shopifyProvider } from '../../src/coupons/shopify.js';
import { type FakeShopify, startFakeShopify } from '../fakes/shopify-admin.js';
import { friendCoupon, NOW } from './fixtures.js';

const TOKEN = 'shpat_0123456789abcdef0123456789abcdef';
let fake: FakeShopify;

const settings = (overrides: Record<string, unknown> = {}) => {
  const parsed = fulfilmentSchema.parse({
    provider: 'shopify',
    shop: 'grapevine-demo.myshopify.com',
    accessToken: TOKEN,
    apiBaseUrl: fake.url,
    ...overrides,
  });
  if (parsed.provider !== 'shopify') throw new Error('expected shopify settings');
  return parsed;
};
const provider = (overrides: Record<string, unknown> = {}) =>
  shopifyProvider(settings(overrides), { fetch, now: () => NOW });

const coupon = friendCoupon;

beforeAll(async () => {
  fake = await startFakeShopify({ accessToken: TOKEN });
});
afterAll(async () => {
  await fake?.close();
});
beforeEach(() => {
  fake.state.available = 2_000;
  fake.delayMs = 0;
});

describe('shopify provider', () => {
  it.each([
    [{ kind: 'percent', percent: 20 } as const, { percentage: 0.2 }],
    [
      { kind: 'amount', amount: { minor: 1050, currency: 'EUR' } } as const,
      { discountAmount: { amount: '10.50', appliesOnEachItem: false } },
    ],
    [
      { kind: 'amount', amount: { minor: 1500, currency: 'JPY' } } as const,
      { discountAmount: { amount: '1500', appliesOnEachItem: false } },
    ],
  ])('creates a single-use, expiring code for %j', async (discount, value) => {
    const code = `GV-${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
    const created = await provider().createFriendCoupon(coupon(code, discount));
    const stored = fake.state.discounts.get(code);
    expect(created.ref).toBe(stored?.id);
    expect(stored?.input).toEqual({
      title: `Grapevine friend ${code}`,
      code,
      startsAt: '2026-11-02T10:00:00.000Z',
      endsAt: '2026-12-02T10:00:00.000Z',
      context: { all: 'ALL' },
      customerGets: { value, items: { all: true } },
      appliesOncePerCustomer: true,
      usageLimit: 1,
    });
    expect(fake.requests.at(-1)?.path).toBe('/admin/api/2026-10/graphql.json');
  });

  it('treats our own code, already created by an earlier attempt, as success', async () => {
    const first = await provider().createFriendCoupon(coupon('GV-RETRY-0001'));
    const again = await provider().createFriendCoupon({ ...coupon('GV-RETRY-0001'), attempt: 2 });
    expect(again).toEqual(first);
    expect(fake.state.discounts.size).toBeGreaterThan(0);
  });

  it("gives up at once on a wrong token (401), with Shopify's message", async () => {
    const error = await provider({ accessToken: 'shpat_wrong_wrong_wrong_wrong' })
      .createFriendCoupon(coupon('GV-AUTH-0001'))
      .catch((e: unknown) => e);
    expect(isProviderError(error) && error.permanent).toBe(true);
    expect(String((error as Error).message)).toContain('Invalid API key or access token');
  });

  it('waits out THROTTLED for as long as the cost bucket needs', async () => {
    fake.state.available = 5; // a mutation costs 10, restored at 100/s
    const error = await provider()
      .createFriendCoupon(coupon('GV-THRO-0001'))
      .catch((e: unknown) => e);
    expect(isProviderError(error) && !error.permanent).toBe(true);
    expect((error as { retryAfterMs: number }).retryAfterMs).toBe(1_000);
    expect(fake.state.discounts.has('GV-THRO-0001')).toBe(false);
  });

  it('honours HTTP 429 Retry-After and retries 5xx', async () => {
    fake.failNext({
      status: 429,
      body: {
        errors:
          'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.',
      },
      headers: { 'retry-after': '2.0' },
    });
    const limited = await provider()
      .createFriendCoupon(coupon('GV-RATE-0001'))
      .catch((e: unknown) => e);
    expect(limited).toMatchObject({ permanent: false, retryAfterMs: 2_000, status: 429 });
    fake.failNext({ status: 503, body: { errors: 'Service Unavailable' } });
    expect(
      await provider()
        .createFriendCoupon(coupon('GV-RATE-0001'))
        .catch((e: unknown) => e),
    ).toMatchObject({ permanent: false, status: 503 });
    expect((await provider().createFriendCoupon(coupon('GV-RATE-0001'))).ref).toMatch(
      /^gid:\/\/shopify\/DiscountCodeNode\//,
    );
  });

  it('times out a slow shop as a temporary failure', async () => {
    fake.delayMs = 300;
    const slow = shopifyProvider(settings(), {
      fetch: (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(50) }),
      now: () => NOW,
    });
    const error = await slow.createFriendCoupon(coupon('GV-SLOW-0001')).catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: false });
  });

  it('fulfils an advocate reward as a fixed-amount code or a gift card', async () => {
    const reward = {
      rewardId: 'shop-test:order-1',
      amount: { minor: 1234, currency: 'EUR' },
      code: 'GV-REWA-RD01-ABCD',
      startsAt: NOW,
      expiresAt: NOW + 90 * 86_400_000,
    };
    const asCode = await provider().fulfilReward(reward);
    expect(asCode).toMatchObject({ kind: 'discount-code', code: 'GV-REWA-RD01-ABCD' });
    expect(fake.state.discounts.get('GV-REWA-RD01-ABCD')?.input.customerGets).toEqual({
      value: { discountAmount: { amount: '12.34', appliesOnEachItem: false } },
      items: { all: true },
    });
    const gift = await provider({ advocateReward: 'gift-card' }).fulfilReward({
      ...reward,
      code: 'GV-GIFT-CARD-0001',
    });
    expect(gift).toMatchObject({ kind: 'gift-card', code: 'GVGIFTCARD0001' });
    expect(fake.state.giftCards.get('GVGIFTCARD0001')?.input).toEqual({
      initialValue: '12.34',
      code: 'GVGIFTCARD0001',
      expiresOn: '2027-01-31',
      note: 'Grapevine referral reward shop-test:order-1',
    });
    const again = await provider({ advocateReward: 'gift-card' }).fulfilReward({
      ...reward,
      code: 'GV-GIFT-CARD-0001',
      attempt: 2,
    });
    expect(again).toEqual(gift);
  });
});
