import type { Fulfilment } from '../../src/coupons/config.js';
import { fulfilmentSchema } from '../../src/coupons/config.js';
import type { Database } from '../../src/db/database.js';
import type { Site } from '../../src/site.js';
import type { FakeServer } from '../fakes/provider-server.js';
import { startFakeShopify } from '../fakes/shopify-admin.js';
import { startFakeStripe } from '../fakes/stripe-api.js';
import { startFakeWooCommerce } from '../fakes/woocommerce-api.js';
import { type DatabaseKind, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, testSite } from '../helpers/harness.js';

/** A platform fake with the settings that point a site at it, and a look-up by code. */
export interface Platform {
  fake: FakeServer;
  fulfilment: Fulfilment;
  /** The platform's id of the coupon with `code`, if it created one. */
  refOf(code: string): string | undefined;
  /** How many coupons the platform holds. */
  count(): number;
}

/** The three platforms the claim tests run against, each started on 127.0.0.1. */
export const platforms: Record<
  'shopify' | 'stripe' | 'woocommerce',
  (now: () => number) => Promise<Platform>
> = {
  shopify: async () => {
    const accessToken = 'shpat_claims0123456789abcdef0123';
    const fake = await startFakeShopify({ accessToken });
    return {
      fake,
      fulfilment: fulfilmentSchema.parse({
        provider: 'shopify',
        shop: 'grapevine-demo.myshopify.com',
        accessToken,
        apiBaseUrl: fake.url,
      }),
      refOf: (code) => fake.state.discounts.get(code.toUpperCase())?.id,
      count: () => fake.state.discounts.size,
    };
  },
  stripe: async (now) => {
    const secretKey = 'rk_test_claims0123456789';
    const fake = await startFakeStripe({ secretKey, now });
    return {
      fake,
      fulfilment: fulfilmentSchema.parse({ provider: 'stripe', secretKey, apiBaseUrl: fake.url }),
      refOf: (code) =>
        [...fake.state.promotionCodes.values()].find((promo) => promo.code === code)?.id as
          | string
          | undefined,
      count: () => fake.state.promotionCodes.size,
    };
  },
  woocommerce: async () => {
    const consumerKey = 'ck_00112233445566778899aabbccddeeff00112233';
    const consumerSecret = 'cs_00112233445566778899aabbccddeeff00112233';
    const fake = await startFakeWooCommerce({ consumerKey, consumerSecret });
    return {
      fake,
      fulfilment: fulfilmentSchema.parse({
        provider: 'woocommerce',
        storeUrl: 'https://shop.example',
        consumerKey,
        consumerSecret,
        apiBaseUrl: fake.url,
      }),
      refOf: (code) => {
        const found = [...fake.state.coupons.values()].find(
          (coupon) => coupon.code === code.toLowerCase(),
        );
        return found ? String(found.id) : undefined;
      },
      count: () => fake.state.coupons.size,
    };
  },
};

/** A server for a site fulfilled by `name`'s fake, on a fresh database of `kind`. */
export interface PlatformShop {
  db: Database;
  h: Harness;
  platform: Platform;
  close(): Promise<void>;
}

/** Starts a database, the platform's fake and a server whose site uses it. */
export async function startPlatformShop(
  kind: DatabaseKind,
  name: keyof typeof platforms,
  site: Partial<Site> = {},
): Promise<PlatformShop> {
  const db = await testDatabase(kind);
  let now = () => 0;
  const platform = await platforms[name](() => now());
  const h = await startHarness(db, {
    site: testSite({ ...site, fulfilment: platform.fulfilment }),
  });
  now = h.clock.now;
  return {
    db,
    h,
    platform,
    close: async () => {
      await h.close();
      await platform.fake.close();
      await db.close();
    },
  };
}
