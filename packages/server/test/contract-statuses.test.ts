// Drives every operation of openapi.json through its error paths and fails when a route
// answers a status its operation does not list, or an error body that is not the contract's
// JSON `Error`. scripts/check-openapi.mjs runs this file too.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { errorBodySchema } from '@grapevine/adapter/contract';
import { signServerRequest } from '@grapevine/adapter/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabase } from './helpers/database.js';
import { type Harness, ORIGIN, START, startHarness, testSite } from './helpers/harness.js';

vi.setConfig({ testTimeout: 30_000 });

type Spec = { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
const spec = JSON.parse(
  readFileSync(new URL('../../adapter/openapi.json', import.meta.url), 'utf8'),
) as Spec;
const API_SECRET = 'api-secret-for-tests-0123456789abcdef';
const site = testSite({ apiSecret: API_SECRET });

/** One request against an operation, built when it runs (signatures need the clock). */
interface Probe {
  /** What the request breaks, for the test name. */
  label: string;
  /** The concrete path (parameters filled in). */
  path?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Signs the request as the shop's server. */
  signed?: boolean;
  /** Sent to the harness whose per-IP limit is 1 (the second request is the probe). */
  limited?: boolean;
  status: number;
}

const event = {
  id: 'e-1',
  type: 'impression',
  at: START,
  visitorId: 'v',
  campaignId: 'c',
  variantId: 'v',
};
const big = (n: number) => JSON.stringify({ pad: 'x'.repeat(n) });
const everywhere = (): Probe[] => [
  { label: 'no site key', headers: { 'X-Grapevine-Site-Key': '' }, status: 401 },
  { label: 'an unknown site key', headers: { 'X-Grapevine-Site-Key': 'nope' }, status: 401 },
  { label: 'a foreign Origin', headers: { Origin: 'https://evil.example' }, status: 403 },
  { label: 'headers over 16 KB', headers: { 'X-Padding': 'p'.repeat(17_000) }, status: 431 },
  { label: 'a second request over a per-IP limit of 1', limited: true, status: 429 },
];
const withBody = (): Probe[] => [
  { label: 'a body that is not JSON', body: '{nope', status: 400 },
  { label: 'a body over the size limit', body: big(70_000), status: 413 },
];

describe('every status a route answers is listed in openapi.json', () => {
  let db: Database;
  let h: Harness;
  let limited: Harness;
  let code = '';
  let coupon = '';

  beforeAll(async () => {
    db = await testDatabase('pglite');
    h = await startHarness(db, { site, sites: [site] });
    limited = await startHarness(db, { site, sites: [site], rateLimitPerIp: 1 });
    const advocate = h.advocate({ id: 'adv-1', email: 'adv-1@example.com' });
    code = (await (await h.call('/v1/referrals', { body: { advocate } })).json()).code;
    const claim = await h.call(`/v1/referrals/${code}/claims`, {
      body: { email: 'friend@example.net', visitorId: 'friend-1' },
    });
    coupon = (await claim.json()).coupon.code;
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await limited?.close();
    await db?.close();
  });

  const signedAdvocate = () => encodeURIComponent(JSON.stringify(h.advocate({ id: 'adv-1' })));
  const probes: Record<string, () => Probe[]> = {
    'get /v1/campaigns': () => [{ label: 'a good request', status: 200 }, ...everywhere()],
    'post /v1/referrals': () => [
      {
        label: 'a signed advocate',
        body: JSON.stringify({ advocate: h.advocate({ id: 'a2' }) }),
        status: 200,
      },
      {
        label: 'an unsigned advocate',
        body: JSON.stringify({ advocate: { id: 'a3' } }),
        status: 401,
      },
      ...withBody(),
      ...everywhere(),
    ],
    'get /v1/referrals/{code}': () => [
      { label: 'a known code', path: `/v1/referrals/${code}`, status: 200 },
      { label: 'an unknown code', path: '/v1/referrals/NOPE123', status: 404 },
      { label: 'a malformed code', path: '/v1/referrals/no%20pe', status: 400 },
      { label: 'a malformed visitorId', path: `/v1/referrals/${code}?visitorId=`, status: 400 },
      ...everywhere(),
    ],
    'post /v1/referrals/{code}/claims': () => [
      {
        label: 'a claim',
        path: `/v1/referrals/${code}/claims`,
        body: JSON.stringify({ email: 'friend-2@example.net', visitorId: 'friend-2' }),
        status: 200,
      },
      {
        label: 'an unknown code',
        path: '/v1/referrals/NOPE123/claims',
        body: JSON.stringify({ email: 'friend-3@example.net', visitorId: 'friend-3' }),
        status: 404,
      },
      {
        label: 'a malformed email',
        body: JSON.stringify({ email: 'not an email', visitorId: 'friend-4' }),
        status: 400,
      },
      ...withBody(),
      ...everywhere(),
    ],
    'get /v1/advocates/me/stats': () => [
      {
        label: 'a signed advocate',
        headers: { 'X-Grapevine-Advocate': signedAdvocate() },
        status: 200,
      },
      { label: 'no advocate header', status: 401 },
      {
        label: 'a malformed advocate header',
        headers: { 'X-Grapevine-Advocate': '%7B' },
        status: 400,
      },
      {
        label: 'an unsigned advocate',
        headers: { 'X-Grapevine-Advocate': encodeURIComponent('{"id":"adv-1"}') },
        status: 401,
      },
      ...everywhere(),
    ],
    'get /v1/advocates/me/ledger': () => [
      {
        label: 'a signed advocate',
        headers: { 'X-Grapevine-Advocate': signedAdvocate() },
        status: 200,
      },
      { label: 'no advocate header', status: 401 },
      {
        label: 'a malformed visitorId',
        path: `/v1/advocates/me/ledger?visitorId=${'v'.repeat(129)}`,
        headers: { 'X-Grapevine-Advocate': signedAdvocate() },
        status: 400,
      },
      {
        label: 'an unsigned advocate',
        headers: { 'X-Grapevine-Advocate': encodeURIComponent('{"id":"adv-1"}') },
        status: 401,
      },
      ...everywhere(),
    ],
    'post /v1/events': () => [
      { label: 'a batch', body: JSON.stringify({ events: [event] }), status: 200 },
      {
        label: 'a lone surrogate',
        body: JSON.stringify({ events: [{ ...event, visitorId: 'vLONE' }] }).replace(
          'LONE',
          '\\ud800',
        ),
        status: 400,
      },
      ...withBody(),
      ...everywhere(),
    ],
    'post /v1/orders': () => [
      {
        label: 'a signed order',
        signed: true,
        body: JSON.stringify({ orderId: 'o-1', total: '10.00', currency: 'EUR' }),
        status: 200,
      },
      {
        label: 'a signed bad total',
        signed: true,
        body: JSON.stringify({ orderId: 'o-2', total: 'x', currency: 'EUR' }),
        status: 400,
      },
      {
        label: 'no signature',
        body: JSON.stringify({ orderId: 'o-3', total: '1.00', currency: 'EUR' }),
        status: 401,
      },
      { label: 'a browser (allowed Origin)', headers: { Origin: ORIGIN }, body: '{}', status: 403 },
      ...withBody().map((probe) => ({ ...probe, signed: true })),
      ...everywhere(),
    ],
    'post /v1/orders/{orderId}/refunds': () => [
      {
        label: 'a signed refund',
        path: '/v1/orders/o-1/refunds',
        signed: true,
        body: JSON.stringify({ refundId: 'r-1', amount: '1.00', currency: 'EUR' }),
        status: 200,
      },
      {
        label: 'a signed malformed order id',
        path: '/v1/orders/%00/refunds',
        signed: true,
        body: '{}',
        status: 400,
      },
      { label: 'no signature', path: '/v1/orders/o-1/refunds', body: '{}', status: 401 },
      ...withBody().map((probe) => ({ ...probe, path: '/v1/orders/o-1/refunds', signed: true })),
      ...everywhere().map((probe) => ({ ...probe, path: '/v1/orders/o-1/refunds' })),
    ],
    'post /v1/orders/{orderId}/cancel': () => [
      {
        label: 'a signed cancellation',
        path: '/v1/orders/o-1/cancel',
        signed: true,
        body: '',
        status: 200,
      },
      { label: 'no signature', path: '/v1/orders/o-1/cancel', body: '', status: 401 },
      ...withBody().map((probe) => ({ ...probe, path: '/v1/orders/o-1/cancel', signed: true })),
      ...everywhere().map((probe) => ({ ...probe, path: '/v1/orders/o-1/cancel' })),
    ],
    'post /v1/orders/{orderId}/delivered': () => [
      {
        label: 'a signed delivery',
        path: '/v1/orders/o-1/delivered',
        signed: true,
        body: JSON.stringify({ deliveredAt: '2026-11-04T15:20:00Z' }),
        status: 200,
      },
      {
        label: 'a malformed deliveredAt',
        path: '/v1/orders/o-1/delivered',
        signed: true,
        body: JSON.stringify({ deliveredAt: 'yesterday' }),
        status: 400,
      },
      { label: 'no signature', path: '/v1/orders/o-1/delivered', body: '', status: 401 },
      ...withBody().map((probe) => ({ ...probe, path: '/v1/orders/o-1/delivered', signed: true })),
      ...everywhere().map((probe) => ({ ...probe, path: '/v1/orders/o-1/delivered' })),
    ],
    'get /v1/coupons/{code}': () => [
      { label: 'a signed check', path: `/v1/coupons/${coupon}`, signed: true, status: 200 },
      { label: 'a malformed code', path: '/v1/coupons/x', signed: true, status: 400 },
      { label: 'no signature', path: `/v1/coupons/${coupon}`, status: 401 },
      ...everywhere().map((probe) => ({ ...probe, path: `/v1/coupons/${coupon}` })),
    ],
    'post /v1/coupons/{code}/redeem': () => [
      {
        label: 'a redemption',
        path: `/v1/coupons/${coupon}/redeem`,
        signed: true,
        body: JSON.stringify({ orderId: 'o-9' }),
        status: 200,
      },
      {
        label: 'another order',
        path: `/v1/coupons/${coupon}/redeem`,
        signed: true,
        body: JSON.stringify({ orderId: 'o-10' }),
        status: 409,
      },
      {
        label: 'an unknown code',
        path: '/v1/coupons/NOPE123/redeem',
        signed: true,
        body: JSON.stringify({ orderId: 'o-9' }),
        status: 404,
      },
      ...withBody().map((probe) => ({
        ...probe,
        path: `/v1/coupons/${coupon}/redeem`,
        signed: true,
      })),
      ...everywhere().map((probe) => ({ ...probe, path: `/v1/coupons/${coupon}/redeem` })),
    ],
  };

  /** Sends with node:http, which (unlike fetch) sends any header size and empty values. */
  async function send(target: Harness, method: string, path: string, probe: Probe) {
    const body = probe.body ?? (method === 'post' ? '{}' : undefined);
    const headers: Record<string, string> = {
      'X-Grapevine-Site-Key': site.siteKey,
      ...(probe.signed && body !== undefined
        ? await signServerRequest(API_SECRET, {
            method: method.toUpperCase(),
            path,
            body,
            timestamp: Math.floor(target.clock.now() / 1000),
          })
        : {}),
      ...(probe.signed && body === undefined
        ? await signServerRequest(API_SECRET, {
            method: 'GET',
            path,
            body: '',
            timestamp: Math.floor(target.clock.now() / 1000),
          })
        : {}),
      ...probe.headers,
    };
    return new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
      const req = httpRequest(
        `${target.url}${path}`,
        { method: method.toUpperCase(), headers },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              type: String(res.headers['content-type']),
              text,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it('drives every operation of the spec', () => {
    const operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(Object.keys(probes).sort()).toEqual(operations.sort());
  });

  const cases = Object.keys(probes).map((operation) => [operation] as const);
  it.each(cases)('%s', async (operation) => {
    const [method = '', specPath = ''] = operation.split(' ');
    const listed = Object.keys(spec.paths[specPath]?.[method]?.responses ?? {});
    const seen: string[] = [];
    for (const probe of probes[operation]?.() ?? []) {
      const path = probe.path ?? specPath;
      const target = probe.limited ? limited : h;
      if (probe.limited) await send(target, method, path, { ...probe, status: 0 });
      const response = await send(target, method, path, probe);
      const where = `${operation}, ${probe.label}: ${response.status} ${response.text.slice(0, 200)}`;
      expect(listed, where).toContain(String(response.status));
      expect(response.status, where).toBe(probe.status);
      expect(response.type, where).toMatch(/^application\/json/);
      if (response.status >= 400) {
        expect(errorBodySchema.safeParse(JSON.parse(response.text)).success, where).toBe(true);
      }
      seen.push(String(response.status));
    }
    expect(seen.length).toBeGreaterThan(0);
  });
});
