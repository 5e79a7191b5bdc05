import { type AppOptions, createApp, type GrapevineApp } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { listen } from '../../src/listen.js';
import { DEFAULT_LIMITS, type Site } from '../../src/site.js';
import { signSync } from './sign.js';

/** A clock the test moves by hand. */
export interface ManualClock extends Clock {
  set(ms: number): void;
  advance(ms: number): void;
}

/** Where test clocks start: 2026-11-02T10:00:00Z, a Monday. */
export const START = Date.UTC(2026, 10, 2, 10);

/** A clock that starts at {@link START} unless told otherwise. */
export function manualClock(start = START): ManualClock {
  let now = start;
  return {
    now: () => now,
    set: (ms) => {
      now = ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

export const ORIGIN = 'https://shop.example';
export const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';

/**
 * The default limits, with room for the many claims a suite makes from one test address;
 * the claim limit tests set their own.
 */
export const TEST_LIMITS = {
  ...DEFAULT_LIMITS,
  claimsPerVisitorPerDay: 1000,
  claimsPerAddressPerDay: 1000,
};

/** A site as the tests configure it; override fields per test file. */
export function testSite(overrides: Partial<Site> = {}): Site {
  return {
    siteKey: 'shop-test',
    secret: 'site-secret-for-tests-0123456789',
    origins: [ORIGIN],
    landingUrl: 'https://shop.example/?ref={code}',
    offer: {
      friend: { kind: 'percent', value: 20 },
      advocate: { kind: 'amount', value: 10, currency: 'EUR' },
    },
    claimsPerCodePerDay: 10,
    allowUnsignedReferrals: false,
    couponValidDays: 30,
    limits: TEST_LIMITS,
    ...overrides,
  };
}

/** A running server on 127.0.0.1 with a random port. */
export interface Harness extends GrapevineApp {
  url: string;
  clock: ManualClock;
  site: Site;
  /** `fetch` against the server with the site key header (and JSON body when given). */
  call(
    path: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  /** A signed advocate for this site at the current time. */
  advocate(
    fields: { id?: string; email?: string; name?: string },
    signedAt?: number,
  ): {
    id?: string;
    email?: string;
    name?: string;
    signedAt: number;
    signature: string;
  };
  close(): Promise<void>;
}

/** Starts the app over `db` and listens on a random loopback port. */
export async function startHarness(
  db: Database,
  options: Partial<Omit<AppOptions, 'db'>> & { site?: Site } = {},
): Promise<Harness> {
  const clock = manualClock();
  const site = options.site ?? testSite();
  const grapevine = createApp({
    adminToken: ADMIN_TOKEN,
    sites: [site],
    clock,
    rateLimitPerIp: 100_000,
    rateLimitPerAdvocate: 100_000,
    ...options,
    db,
  });
  const server = await listen(grapevine.app, { host: '127.0.0.1', port: 0 });
  return {
    ...grapevine,
    url: server.url,
    clock,
    site,
    call: (path, init = {}) =>
      fetch(`${server.url}${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: { 'X-Grapevine-Site-Key': site.siteKey, ...init.headers },
        ...(init.body === undefined
          ? {}
          : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
      }),
    advocate: (fields, signedAt = clock.now()) => ({
      ...fields,
      signedAt,
      signature: signSync(site.secret, { ...fields, signedAt }),
    }),
    close: () => server.close(),
  };
}
