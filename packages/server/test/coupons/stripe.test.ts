import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fulfilmentSchema } from '../../src/coupons/config.js';
import { stripeProvider } from '../../src/coupons/stripe.js';
import { type FakeStripe, startFakeStripe, stripeRateLimited } from '../fakes/stripe-api.js';
import { friendCoupon, NOW } from './fixtures.js';

const KEY = 'rk_test_grapevine0123456789';
let fake: FakeStripe;

const provider = (overrides: Record<string, unknown> = {}) => {
  const parsed = fulfilmentSchema.parse({
    provider: 'stripe',
    secretKey: KEY,
    apiBaseUrl: fake.url,
    ...overrides,
  });
  if (parsed.provider !== 'stripe') throw new Error('expected stripe settings');
  return stripeProvider(parsed, { now: () => NOW });
};

const coupon = friendCoupon;

beforeAll(async () => {
  fake = await startFakeStripe({ secretKey: KEY, now: () => NOW });
});
afterAll(async () => {
  await fake?.close();
});

describe('stripe provider', () => {
  it.each([
    [
      { kind: 'percent', percent: 15 } as const,
      { percent_off: 15, amount_off: null, currency: null },
    ],
    [
      { kind: 'amount', amount: { minor: 1000, currency: 'EUR' } } as const,
      { percent_off: null, amount_off: 1000, currency: 'eur' },
    ],
  ])(
    'creates a once-only coupon and a promotion code with our code for %j',
    async (discount, expected) => {
      const code = `GV-S${Math.random().toString(36).slice(2, 9).toUpperCase()}`;
      const { ref } = await provider().createFriendCoupon(coupon(code, discount));
      const promo = fake.state.promotionCodes.get(ref);
      expect(promo).toMatchObject({
        code,
        max_redemptions: 1,
        expires_at: (NOW + 30 * 86_400_000) / 1000,
        active: true,
      });
      const couponId = String((promo?.promotion as { coupon?: string } | undefined)?.coupon);
      expect(fake.state.coupons.get(couponId)).toMatchObject({
        ...expected,
        duration: 'once',
        max_redemptions: 1,
      });
      const posts = fake.requests.filter((request) => request.method === 'POST').slice(-2);
      expect(posts.map((request) => request.headers['idempotency-key'])).toEqual([
        `grapevine-coupon-claim-${code}`,
        `grapevine-promo-claim-${code}`,
      ]);
    },
  );

  it('replays the same objects on a retry (Idempotency-Key), never a second coupon', async () => {
    const first = await provider().createFriendCoupon(coupon('GV-IDEM-0001'));
    const coupons = fake.state.coupons.size;
    const again = await provider().createFriendCoupon(coupon('GV-IDEM-0001'));
    expect(again).toEqual(first);
    expect(fake.state.coupons.size).toBe(coupons);
  });

  it('refuses the same key with another body as an idempotency_error (permanent)', async () => {
    await provider().createFriendCoupon(coupon('GV-IDEM-0002'));
    const changed = {
      ...coupon('GV-IDEM-0002'),
      discount: { kind: 'percent', percent: 50 } as const,
    };
    const error = await provider()
      .createFriendCoupon(changed)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: true, status: 400 });
    expect(String((error as Error).message)).toContain('StripeIdempotencyError');
  });

  it('finds its own code after Stripe forgot the idempotency key', async () => {
    const first = await provider().createFriendCoupon(coupon('GV-LATE-0001'));
    fake.forgetIdempotencyKeys(); // Stripe keeps keys for 24 hours
    const late = await provider().createFriendCoupon(coupon('GV-LATE-0001'));
    expect(late).toEqual(first);
    expect(fake.requests.at(-1)?.method).toBe('GET');
  });

  it('reports a wrong key as permanent and a 429 with its Retry-After', async () => {
    const wrong = await provider({ secretKey: 'rk_test_wrongwrongwrong' })
      .createFriendCoupon(coupon('GV-AUTH-0002'))
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ permanent: true, status: 401 });
    expect(String((wrong as Error).message)).toContain('Invalid API Key provided');
    fake.failNext(stripeRateLimited(7));
    const limited = await provider()
      .createFriendCoupon(coupon('GV-RATE-0002'))
      .catch((e: unknown) => e);
    expect(limited).toMatchObject({ permanent: false, status: 429, retryAfterMs: 7_000 });
  });

  it('fulfils a reward as a promotion code or a customer balance credit (negative amount)', async () => {
    const reward = {
      rewardId: 'shop-test:order-9',
      amount: { minor: 2500, currency: 'USD' },
      code: 'GV-RWRD-0009',
      startsAt: NOW,
      expiresAt: NOW + 90 * 86_400_000,
      customerId: 'cus_advocate1',
    };
    expect(await provider().fulfilReward(reward)).toMatchObject({
      kind: 'promotion-code',
      code: 'GV-RWRD-0009',
    });
    const credit = await provider({ advocateReward: 'balance-credit' }).fulfilReward(reward);
    expect(credit.kind).toBe('balance-credit');
    expect(fake.state.balanceTransactions.at(-1)).toMatchObject({
      id: credit.ref,
      customer: 'cus_advocate1',
      amount: -2500,
      currency: 'usd',
    });
    const again = await provider({ advocateReward: 'balance-credit' }).fulfilReward(reward);
    expect(again).toEqual(credit);
    expect(fake.state.balanceTransactions).toHaveLength(1);
    const noCustomer = await provider({ advocateReward: 'balance-credit' })
      .fulfilReward({ ...reward, rewardId: 'x', customerId: undefined as never })
      .catch((e: unknown) => e);
    expect(noCustomer).toMatchObject({ permanent: true });
  });
});
