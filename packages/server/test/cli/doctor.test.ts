import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/cli/doctor/result.js';
import { formatReport } from '../../src/cli/doctor/result.js';
import { runDoctor } from '../../src/cli/doctor/run.js';
import { openDatabase } from '../../src/db/open.js';
import { openPglite } from '../../src/db/pglite.js';
import { type FakeShopify, startFakeShopify } from '../fakes/shopify-admin.js';
import { type FakeStripe, startFakeStripe } from '../fakes/stripe-api.js';
import { type FakeWooCommerce, startFakeWooCommerce } from '../fakes/woocommerce-api.js';

const STRIPE_KEY = 'sk_test_doctor0123456789abcdef';
const SHOPIFY_TOKEN = 'shpat_0123456789abcdef0123456789abcdef';
const WOO_KEY = 'ck_0123456789abcdef0123456789abcdef01234567';
const WOO_SECRET = 'cs_0123456789abcdef0123456789abcdef01234567';
const SMTP_PASSWORD = 'smtp-password-for-doctor';

let stripe: FakeStripe;
let shopify: FakeShopify;
let woo: FakeWooCommerce;
let smtp: SMTPServer;
let smtpPort: number;
let dataRoot: string;

/** An SMTP server that accepts one login, over plain TCP (as a local relay would). */
async function startSmtp(): Promise<void> {
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'grapevine' && auth.password === SMTP_PASSWORD) {
        callback(null, { user: auth.username });
      } else callback(new Error('Invalid username or password'));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
}

beforeAll(async () => {
  [stripe, shopify, woo] = await Promise.all([
    startFakeStripe({ secretKey: STRIPE_KEY }),
    startFakeShopify({ accessToken: SHOPIFY_TOKEN }),
    startFakeWooCommerce({ consumerKey: WOO_KEY, consumerSecret: WOO_SECRET }),
    startSmtp(),
  ]);
  dataRoot = mkdtempSync(join(tmpdir(), 'grapevine-doctor-'));
});

afterAll(async () => {
  await Promise.all([stripe.close(), shopify.close(), woo.close()]);
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(dataRoot, { recursive: true, force: true });
});

const site = (siteKey: string, extra: Record<string, unknown> = {}) => ({
  siteKey,
  secret: 'site-secret-for-doctor-0123456789',
  origins: ['https://shop.example'],
  landingUrl: 'https://shop.example/?ref={code}',
  ...extra,
});

function env(
  sites: unknown[],
  extra: Record<string, string> = {},
): Record<string, string | undefined> {
  return {
    GRAPEVINE_ADMIN_TOKEN: 'admin-token-for-doctor-0123456789',
    GRAPEVINE_DATA_DIR: 'memory://',
    GRAPEVINE_PUBLIC_URL: 'https://grapevine.shop.example',
    GRAPEVINE_SITES: JSON.stringify(sites),
    ...extra,
  };
}

const find = (results: CheckResult[], name: string) => {
  const found = results.find((result) => result.name === name);
  expect(found, `a "${name}" line in\n${formatReport(results)}`).toBeDefined();
  return found as CheckResult;
};

const stripeSite = (key: string) =>
  site('stripe-shop', {
    offer: { friend: { kind: 'percent', value: 10 }, advocate: { kind: 'percent', value: 10 } },
    fulfilment: { provider: 'stripe', secretKey: key, apiBaseUrl: stripe.url },
  });
const shopifySite = (token: string) =>
  site('shopify-shop', {
    offer: { friend: { kind: 'percent', value: 10 }, advocate: { kind: 'percent', value: 10 } },
    fulfilment: {
      provider: 'shopify',
      shop: 'my-shop.myshopify.com',
      accessToken: token,
      apiBaseUrl: shopify.url,
    },
  });
const wooSite = (secret: string) =>
  site('woo-shop', {
    offer: { friend: { kind: 'percent', value: 10 }, advocate: { kind: 'percent', value: 10 } },
    fulfilment: {
      provider: 'woocommerce',
      storeUrl: 'https://woo.example',
      consumerKey: WOO_KEY,
      consumerSecret: secret,
      apiBaseUrl: woo.url,
    },
  });

describe('doctor: platform credentials per site', () => {
  it.each([
    [
      'stripe-shop: stripe',
      () => stripeSite(STRIPE_KEY),
      'pass',
      /sk_test_… key \(test mode\).*credentials accepted/,
    ],
    [
      'stripe-shop: stripe',
      () => stripeSite('sk_test_wrong0123456789abcdef'),
      'fail',
      /Invalid API Key/,
    ],
    [
      'shopify-shop: shopify',
      () => shopifySite(SHOPIFY_TOKEN),
      'pass',
      /my-shop\.myshopify\.com, API 2026-10.*credentials accepted/,
    ],
    [
      'shopify-shop: shopify',
      () => shopifySite('shpat_wrong0123456789abcdef0123456'),
      'fail',
      /401/,
    ],
    [
      'woo-shop: woocommerce',
      () => wooSite(WOO_SECRET),
      'pass',
      /https:\/\/woo\.example.*credentials accepted/,
    ],
    [
      'woo-shop: woocommerce',
      () => wooSite('cs_ffffffffffffffffffffffffffffffffffffffff'),
      'fail',
      /woocommerce_rest_authentication_error/,
    ],
  ] as const)('%s: %s', async (name, build, outcome, detail) => {
    const entry = build();
    const results = await runDoctor(env([entry]));
    const line = find(results, `site ${name}`);
    expect(line.outcome, formatReport(results)).toBe(outcome);
    expect(line.detail).toMatch(detail);
    const { fulfilment } = entry as unknown as { fulfilment: Record<string, string> };
    for (const secret of [
      fulfilment.secretKey,
      fulfilment.accessToken,
      fulfilment.consumerSecret,
    ]) {
      if (secret) expect(formatReport(results)).not.toContain(secret);
    }
  });

  it('makes only read-only calls', async () => {
    const before = stripe.requests.length + shopify.requests.length + woo.requests.length;
    await runDoctor(env([stripeSite(STRIPE_KEY), shopifySite(SHOPIFY_TOKEN), wooSite(WOO_SECRET)]));
    const seen = [...stripe.requests, ...shopify.requests, ...woo.requests].slice(before);
    expect(seen).toHaveLength(3);
    expect(stripe.state.coupons.size + stripe.state.promotionCodes.size).toBe(0);
    expect(shopify.state.discounts.size + woo.state.coupons.size).toBe(0);
  });

  it('reports a platform that does not answer', async () => {
    const results = await runDoctor(
      env([
        site('down', {
          offer: {
            friend: { kind: 'percent', value: 10 },
            advocate: { kind: 'percent', value: 10 },
          },
          fulfilment: {
            provider: 'stripe',
            secretKey: STRIPE_KEY,
            apiBaseUrl: 'http://127.0.0.1:1',
          },
        }),
      ]),
    );
    expect(find(results, 'site down: stripe').outcome).toBe('fail');
  });

  it('names order webhooks and sites without a platform', async () => {
    const results = await runDoctor(
      env([
        site('plain', {
          orderSources: { stripe: { webhookSecret: 'whsec_0123456789abcdef0123' } },
        }),
      ]),
    );
    expect(find(results, 'site plain: webhook').outcome).toBe('pass');
    expect(find(results, 'site plain: order webhooks').detail).toMatch(/^stripe /);
  });
});

describe('doctor: SMTP', () => {
  it.each([
    [`smtp://grapevine:${SMTP_PASSWORD}@127.0.0.1:{port}`, 'pass', /accepted the login/],
    ['smtp://grapevine:wrong-password@127.0.0.1:{port}', 'fail', /Invalid username or password/],
    ['smtp://grapevine:x@127.0.0.1:1', 'fail', /ECONNREFUSED/],
    ['http://mail.example', 'fail', /expected smtp:\/\//],
    ['', 'skip', /not set/],
  ] as const)('%s → %s', async (template, outcome, detail) => {
    const url = template.replace('{port}', String(smtpPort));
    const results = await runDoctor(env([site('mail-shop')], { GRAPEVINE_SMTP_URL: url }));
    const line = find(results, 'smtp');
    expect(line.outcome).toBe(outcome);
    expect(line.detail).toMatch(detail);
    expect(line.detail).not.toContain(SMTP_PASSWORD);
    expect(line.detail).not.toContain('wrong-password');
  });
});

describe('doctor: configuration and database', () => {
  it('lists every configuration problem and checks nothing else', async () => {
    const results = await runDoctor({
      GRAPEVINE_ADMIN_TOKEN: 'short',
      GRAPEVINE_SITES: JSON.stringify([{ siteKey: 'x' }]),
    });
    expect(results.every((r) => r.name === 'config' && r.outcome === 'fail')).toBe(true);
    const text = formatReport(results);
    expect(text).toContain('GRAPEVINE_ADMIN_TOKEN: expected at least 16 characters');
    expect(text).toContain('GRAPEVINE_SITES[0].siteKey');
    expect(text).toMatch(/0 passed, 0 warnings, \d+ failed/);
  });

  it('fails on a PGlite directory that does not exist yet, and does not create it', async () => {
    const dir = join(dataRoot, 'missing');
    const results = await runDoctor(env([site('db-shop')], { GRAPEVINE_DATA_DIR: dir }));
    expect(find(results, 'database').detail).toMatch(/run "grapevine-server migrate"/);
    expect(find(results, 'database').outcome).toBe('fail');
    const { existsSync } = await import('node:fs');
    expect(existsSync(dir)).toBe(false);
  });

  it('passes on a migrated database, names pending and unknown migrations', async () => {
    const dir = join(dataRoot, 'migrated');
    await (await openDatabase({ dataDir: dir })).close();
    const check = async () =>
      find(await runDoctor(env([site('db-shop')], { GRAPEVINE_DATA_DIR: dir })), 'database');
    expect(await check()).toMatchObject({
      outcome: 'pass',
      detail: expect.stringMatching(/\(latest\)$/),
    });

    const edit = async (sql: string) => {
      const db = await openPglite(dir);
      await db.query(sql);
      await db.close();
    };
    await edit(
      'delete from schema_migrations where version = (select max(version) from schema_migrations)',
    );
    expect(await check()).toMatchObject({
      outcome: 'fail',
      detail: expect.stringMatching(
        /1 of \d+ migrations pending \(\d+\): run "grapevine-server migrate"/,
      ),
    });
    await edit("insert into schema_migrations (version, name) values (9999, 'from the future')");
    expect((await check()).detail).toMatch(/does not know \(9999\).*newer grapevine-server/);
  }, 120_000);

  it('fails on a PostgreSQL that refuses, without showing its password', async () => {
    const results = await runDoctor(
      env([site('pg-shop')], {
        DATABASE_URL: 'postgres://grapevine:pg-secret@127.0.0.1:1/grapevine',
      }),
    );
    const line = find(results, 'database');
    expect(line.outcome).toBe('fail');
    expect(line.detail).toMatch(
      /cannot open PostgreSQL at postgres:\/\/grapevine:\*\*\*@127\.0\.0\.1:1\/grapevine: .*ECONNREFUSED/,
    );
    expect(formatReport(results)).not.toContain('pg-secret');
  });

  it.each([
    [undefined, 'warn', /not set/],
    ['http://grapevine.shop.example', 'warn', /not https/],
    ['http://localhost:8787', 'pass', /localhost/],
    ['https://grapevine.shop.example', 'pass', /https/],
  ])('public URL %s → %s', async (url, outcome, detail) => {
    const results = await runDoctor({ ...env([site('url-shop')]), GRAPEVINE_PUBLIC_URL: url });
    expect(find(results, 'public URL')).toMatchObject({
      outcome,
      detail: expect.stringMatching(detail),
    });
  });

  it('fails when the widget files are missing', async () => {
    const results = await runDoctor(env([site('w-shop')]), { widgetDir: join(dataRoot, 'none') });
    expect(find(results, 'widget files')).toMatchObject({
      outcome: 'fail',
      detail: expect.stringMatching(/build @grapevine\/widget/),
    });
  });
});
