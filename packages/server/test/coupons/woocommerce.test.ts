import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fulfilmentSchema } from '../../src/coupons/config.js';
import { woocommerceProvider } from '../../src/coupons/woocommerce.js';
import { type FakeWooCommerce, startFakeWooCommerce } from '../fakes/woocommerce-api.js';
import { friendCoupon, NOW } from './fixtures.js';

const KEY = 'ck_0123456789abcdef0123456789abcdef01234567';
const SECRET = 'cs_0123456789abcdef0123456789abcdef01234567';
let fake: FakeWooCommerce;

const provider = (overrides: Record<string, unknown> = {}) => {
  const parsed = fulfilmentSchema.parse({
    provider: 'woocommerce',
    storeUrl: 'https://shop.example',
    consumerKey: KEY,
    consumerSecret: SECRET,
    apiBaseUrl: fake.url,
    ...overrides,
  });
  if (parsed.provider !== 'woocommerce') throw new Error('expected woocommerce settings');
  return woocommerceProvider(parsed, { fetch, now: () => NOW });
};

const coupon = friendCoupon;

beforeAll(async () => {
  fake = await startFakeWooCommerce({ consumerKey: KEY, consumerSecret: SECRET });
});
afterAll(async () => {
  await fake?.close();
});

describe('woocommerce provider', () => {
  it.each([
    [{ kind: 'percent', percent: 20 } as const, 'percent', '20'],
    [{ kind: 'amount', amount: { minor: 995, currency: 'EUR' } } as const, 'fixed_cart', '9.95'],
  ])(
    'creates a single-use coupon restricted to the friend for %j',
    async (discount, type, amount) => {
      const code = `GV-W${Math.random().toString(36).slice(2, 9).toUpperCase()}`;
      const { ref } = await provider().createFriendCoupon(coupon(code, discount));
      expect(fake.state.coupons.get(Number(ref))).toMatchObject({
        code: code.toLowerCase(),
        discount_type: type,
        amount,
        individual_use: true,
        usage_limit: 1,
        usage_limit_per_user: 1,
        email_restrictions: ['friend@example.com'],
        date_expires_gmt: '2026-12-02T10:00:00',
      });
      const post = fake.requests.at(-1);
      expect(post?.headers.authorization).toMatch(/^Basic /);
      expect(post?.query.has('consumer_key')).toBe(false);
    },
  );

  it('looks the code up first on a retry, and after "already exists"', async () => {
    const first = await provider().createFriendCoupon(coupon('GV-WOOR-0001'));
    const count = fake.state.coupons.size;
    expect(await provider().createFriendCoupon({ ...coupon('GV-WOOR-0001'), attempt: 2 })).toEqual(
      first,
    );
    expect(fake.requests.at(-1)?.method).toBe('GET');
    expect(await provider().createFriendCoupon(coupon('GV-WOOR-0001'))).toEqual(first);
    expect(fake.state.coupons.size).toBe(count);
  });

  it("reports wrong keys as permanent with WooCommerce's error code, a 503 as temporary", async () => {
    const wrong = await provider({ consumerSecret: 'cs_ffffffffffffffffffffffffffffffffffffffff' })
      .createFriendCoupon(coupon('GV-WOOA-0001'))
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ permanent: true, status: 401 });
    expect(String((wrong as Error).message)).toContain('woocommerce_rest_authentication_error');
    fake.failNext({
      status: 503,
      body: '<html>Service Unavailable</html>',
      headers: { 'retry-after': '30' },
    });
    expect(
      await provider()
        .createFriendCoupon(coupon('GV-WOOA-0002'))
        .catch((e: unknown) => e),
    ).toMatchObject({ permanent: false, retryAfterMs: 30_000 });
  });

  it('fulfils a reward as a fixed-cart coupon for the advocate', async () => {
    const reward = await provider().fulfilReward({
      rewardId: 'r1',
      amount: { minor: 500, currency: 'EUR' },
      code: 'GV-WREW-0001',
      email: 'advocate@example.com',
      startsAt: NOW,
      expiresAt: NOW + 86_400_000,
    });
    expect(fake.state.coupons.get(Number(reward.ref))).toMatchObject({
      discount_type: 'fixed_cart',
      amount: '5.00',
      email_restrictions: ['advocate@example.com'],
    });
  });
});
