import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError, isConfigError } from '../src/errors.js';

const site = {
  siteKey: 'shop-1',
  secret: 'a-secret-of-16-chars',
  origins: ['https://shop.example'],
  landingUrl: 'https://shop.example/?ref={code}',
};
const env = (overrides: Record<string, string | undefined> = {}) => ({
  GRAPEVINE_ADMIN_TOKEN: 'admin-token-16-chars',
  GRAPEVINE_SITES: JSON.stringify([site]),
  ...overrides,
});

function problemsOf(input: Record<string, string | undefined>): string[] {
  try {
    loadConfig(input);
  } catch (error) {
    if (isConfigError(error)) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('fills every default for a minimal environment', () => {
    const config = loadConfig(env());
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      dataDir: '.data/pglite',
      bodyLimitBytes: 65_536,
      rateLimitPerIp: 600,
      rateLimitPerAdvocate: 30,
      attributionDays: 30,
      returnWindowDays: 14,
      trustedProxies: [],
      trustedHops: 0,
      warnings: [],
      demo: false,
      requestTimeoutMs: 10_000,
      dbTimeoutMs: 5_000,
      shutdownGraceMs: 10_000,
      accessLog: true,
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.metricsToken).toBeUndefined();
    expect(config.sites[0]).toEqual({
      ...site,
      offer: { friend: { kind: 'percent', value: 20 }, advocate: { kind: 'percent', value: 20 } },
      claimsPerCodePerDay: 10,
      allowUnsignedReferrals: false,
      couponValidDays: 30,
      limits: {
        rewardsPer30Days: 20,
        velocityPerHour: 5,
        claimsPerVisitorPerDay: 2,
        claimsPerAddressPerDay: 5,
      },
    });
  });

  it.each([
    [{ GRAPEVINE_TRUSTED_HOPS: '2' }, { trustedProxies: [], trustedHops: 2, warnings: [] }],
    [
      { GRAPEVINE_TRUSTED_PROXIES: '10.0.0.0/8, ::1 ,192.0.2.7' },
      { trustedProxies: ['10.0.0.0/8', '::1', '192.0.2.7'], trustedHops: 0, warnings: [] },
    ],
    [
      { GRAPEVINE_TRUST_PROXY: '1' },
      {
        trustedProxies: [],
        trustedHops: 1,
        warnings: [expect.stringMatching(/deprecated.*HOPS=1/)],
      },
    ],
    [
      { GRAPEVINE_TRUST_PROXY: 'true', GRAPEVINE_TRUSTED_HOPS: '0' },
      { trustedProxies: [], trustedHops: 0, warnings: [expect.stringMatching(/ignored/)] },
    ],
  ])('reads the trusted proxies from %j', (vars, expected) => {
    expect(loadConfig(env(vars))).toMatchObject(expected);
  });

  it.each([
    [{ GRAPEVINE_TRUSTED_PROXIES: '10.0.0.0/33' }, /GRAPEVINE_TRUSTED_PROXIES: .*"10.0.0.0\/33"/],
    [{ GRAPEVINE_TRUSTED_PROXIES: 'proxy.internal' }, /"proxy.internal"/],
    [{ GRAPEVINE_TRUSTED_HOPS: '-1' }, /GRAPEVINE_TRUSTED_HOPS/],
    [{ GRAPEVINE_TRUSTED_HOPS: '1', GRAPEVINE_TRUSTED_PROXIES: '10.0.0.1' }, /not both/],
  ])('refuses the proxy settings %j', (vars, message) => {
    expect(problemsOf(env(vars)).join('\n')).toMatch(message);
  });

  it('reads the orders API secret and reward limits, in minor units of their currency', () => {
    const config = loadConfig(
      env({
        GRAPEVINE_SITES: JSON.stringify([
          {
            ...site,
            apiSecret: 'an-api-secret-of-at-least-32-chars',
            limits: {
              maxReward: { amount: '50', currency: 'EUR' },
              reviewAbove: { amount: '2500', currency: 'JPY' },
              rewardsPer30Days: 3,
            },
          },
        ]),
      }),
    );
    expect(config.sites[0]).toMatchObject({
      apiSecret: 'an-api-secret-of-at-least-32-chars',
      limits: {
        maxReward: { minor: 5000, currency: 'EUR' },
        reviewAbove: { minor: 2500, currency: 'JPY' },
        rewardsPer30Days: 3,
        velocityPerHour: 5,
      },
    });
  });

  it.each([
    [{ apiSecret: 'short' }, 'GRAPEVINE_SITES[0].apiSecret: expected at least 32 characters'],
    [
      { limits: { maxReward: { amount: '10.001', currency: 'EUR' } } },
      'GRAPEVINE_SITES[0].limits.maxReward.amount: EUR has 2 decimals, got "10.001"',
    ],
    [
      { limits: { reviewAbove: { amount: '1.5', currency: 'JPY' } } },
      'GRAPEVINE_SITES[0].limits.reviewAbove.amount: JPY has no decimals, got "1.5"',
    ],
    [
      { limits: { maxReward: { amount: 50, currency: 'EUR' } } },
      'GRAPEVINE_SITES[0].limits.maxReward.amount: Invalid input: expected string, received number',
    ],
    [
      {
        offer: {
          friend: { kind: 'percent', value: 10 },
          advocate: { kind: 'amount', value: 1.5, currency: 'JPY' },
        },
      },
      'GRAPEVINE_SITES[0].offer.advocate.value: JPY has no decimals, got "1.5"',
    ],
    [
      { limits: { rewardsPer30Days: 0 } },
      'GRAPEVINE_SITES[0].limits.rewardsPer30Days: Too small: expected number to be >0',
    ],
    [
      { limits: { claimsPerVisitorPerDay: 0 } },
      'GRAPEVINE_SITES[0].limits.claimsPerVisitorPerDay: Too small: expected number to be >0',
    ],
    [
      { limits: { claimsPerAddressPerDay: 1.5 } },
      'GRAPEVINE_SITES[0].limits.claimsPerAddressPerDay: Invalid input: expected int, received number',
    ],
  ])('names the field of a bad limit or secret: %j', (fields, problem) => {
    expect(
      problemsOf(env({ GRAPEVINE_SITES: JSON.stringify([{ ...site, ...fields }]) })),
    ).toContain(problem);
  });

  it('reads numbers, flags and a PostgreSQL URL', () => {
    const config = loadConfig(
      env({
        PORT: '9000',
        GRAPEVINE_DEMO: '1',
        DATABASE_URL: 'postgres://u@127.0.0.1/db',
        HOST: '',
        GRAPEVINE_SHUTDOWN_GRACE_MS: '25000',
        GRAPEVINE_METRICS_TOKEN: 'metrics-token-0123456789',
        GRAPEVINE_ACCESS_LOG: '0',
      }),
    );
    expect(config).toMatchObject({
      port: 9000,
      demo: true,
      shutdownGraceMs: 25_000,
      metricsToken: 'metrics-token-0123456789',
      accessLog: false,
      databaseUrl: 'postgres://u@127.0.0.1/db',
      host: '127.0.0.1',
    });
  });

  it('reads sites from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grapevine-config-'));
    const file = join(dir, 'sites.json');
    writeFileSync(file, JSON.stringify([site]));
    expect(
      loadConfig(env({ GRAPEVINE_SITES: undefined, GRAPEVINE_SITES_FILE: file })).sites[0]?.siteKey,
    ).toBe('shop-1');
  });

  it.each([
    [{ GRAPEVINE_ADMIN_TOKEN: undefined }, 'GRAPEVINE_ADMIN_TOKEN: '],
    [{ GRAPEVINE_ADMIN_TOKEN: 'short' }, 'GRAPEVINE_ADMIN_TOKEN: expected at least 16 characters'],
    [{ PORT: 'eighty' }, 'PORT: '],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: expected a postgres:// URL'],
    [{ GRAPEVINE_DEMO: 'yes' }, 'GRAPEVINE_DEMO: '],
    [{ GRAPEVINE_METRICS_TOKEN: 'short' }, 'GRAPEVINE_METRICS_TOKEN: expected at least 16'],
    [{ GRAPEVINE_SHUTDOWN_GRACE_MS: '0' }, 'GRAPEVINE_SHUTDOWN_GRACE_MS: '],
    [{ GRAPEVINE_DB_TIMEOUT_MS: 'soon' }, 'GRAPEVINE_DB_TIMEOUT_MS: '],
    [{ GRAPEVINE_ACCESS_LOG: 'maybe' }, 'GRAPEVINE_ACCESS_LOG: '],
    [{ GRAPEVINE_SITES: undefined }, 'GRAPEVINE_SITES: required'],
    [{ GRAPEVINE_SITES: '[{' }, 'GRAPEVINE_SITES: not JSON'],
    [{ GRAPEVINE_SITES: '[]' }, 'GRAPEVINE_SITES: expected at least one site'],
    [
      { GRAPEVINE_SITES: JSON.stringify([{ ...site, secret: 'short' }]) },
      'GRAPEVINE_SITES[0].secret: expected at least 16 characters',
    ],
    [
      { GRAPEVINE_SITES: JSON.stringify([{ ...site, origins: ['shop.example'] }]) },
      'GRAPEVINE_SITES[0].origins[0]: expected an origin',
    ],
    [
      { GRAPEVINE_SITES: JSON.stringify([{ ...site, landingUrl: 'https://shop.example/' }]) },
      'GRAPEVINE_SITES[0].landingUrl: must contain "{code}"',
    ],
    [
      { GRAPEVINE_SITES: JSON.stringify([{ ...site, landingUrl: 'javascript:alert(1)//{code}' }]) },
      'GRAPEVINE_SITES[0].landingUrl: expected an http(s) URL',
    ],
    [{ GRAPEVINE_SITES: JSON.stringify([site, site]) }, 'site key "shop-1" twice'],
    [
      { GRAPEVINE_SITES: undefined, GRAPEVINE_SITES_FILE: '/nonexistent/sites.json' },
      'cannot read',
    ],
  ])('refuses %j with a message naming the field', (overrides, message) => {
    expect(problemsOf(env(overrides)).join('\n')).toContain(message);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({ PORT: '-1', GRAPEVINE_SITES: '[]' });
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(() => loadConfig({})).toThrow(ConfigError);
  });
});

describe('GRAPEVINE_PUBLIC_URL', () => {
  it.each([
    [undefined, undefined],
    ['https://grapevine.shop.example', 'https://grapevine.shop.example'],
    ['https://grapevine.shop.example/', 'https://grapevine.shop.example'],
    ['http://localhost:8787', 'http://localhost:8787'],
  ])('%s → publicUrl %s', (url, expected) => {
    expect(loadConfig(env({ GRAPEVINE_PUBLIC_URL: url })).publicUrl).toBe(expected);
  });

  it.each(['grapevine.shop.example', 'ftp://grapevine.shop.example', 'javascript:alert(1)'])(
    'refuses %s, naming the variable',
    (url) => {
      expect(problemsOf(env({ GRAPEVINE_PUBLIC_URL: url })).join('\n')).toContain(
        'GRAPEVINE_PUBLIC_URL: expected an http(s) URL',
      );
    },
  );
});
