import { encodeAdvocateHeader } from '@grapevine/adapter/contract';
import { signServerRequest } from '@grapevine/adapter/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { findUnstorableText } from '../../src/http/storable-text.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, START, startHarness, testSite } from '../helpers/harness.js';

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

const LONE_HIGH = '\ud800';
const LONE_LOW = '\udc00';

describe('findUnstorableText', () => {
  it.each([
    ['a lone high surrogate', { a: `x${LONE_HIGH}` }, 'a'],
    ['a lone high surrogate at the end', { a: ['ok', `x${LONE_HIGH}`] }, 'a[1]'],
    ['a lone low surrogate', { a: { b: `${LONE_LOW}x` } }, 'a.b'],
    ['two high surrogates', { a: `${LONE_HIGH}${LONE_HIGH}\udc00` }, 'a'],
    ['a NUL', { events: [{ comment: 'a\u0000b' }] }, 'events[0].comment'],
    ['a bad key', { a: { [`k${LONE_HIGH}`]: 1 } }, 'a'],
    ['a bad root string', LONE_LOW, '(root)'],
  ])('finds %s', (_label, value, path) => {
    expect(findUnstorableText(value)?.path).toBe(path);
  });

  it.each([
    ['a surrogate pair', { a: '👍🏽 ok' }],
    ['plain text, numbers, null and booleans', { a: ['é', 1, null, true, { b: '' }] }],
  ])('accepts %s', (_label, value) => {
    expect(findUnstorableText(value)).toBeUndefined();
  });
});

const API_SECRET = 'api-secret-for-tests-0123456789abcdef';

describe.each(databaseKinds)('on %s, every route', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, { site: testSite({ apiSecret: API_SECRET }) });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const event = (fields: object) => ({
    id: 'bad-1',
    type: 'impression',
    at: START,
    visitorId: 'v-1',
    campaignId: 'c',
    variantId: 'v',
    ...fields,
  });
  const signed = async (path: string, body: string) =>
    fetch(`${h.url}${path}`, {
      method: 'POST',
      headers: {
        'X-Grapevine-Site-Key': h.site.siteKey,
        ...(await signServerRequest(API_SECRET, {
          method: 'POST',
          path,
          body,
          timestamp: Math.floor(h.clock.now() / 1000),
        })),
      },
      body,
    });

  // Each body is valid JSON whose `\ud800` escape decodes to a lone surrogate.
  const lone = (value: unknown) => JSON.stringify(value).replaceAll('LONE', '\\ud800');
  it.each([
    [
      'an event’s variantId',
      () => h.call('/v1/events', { body: lone({ events: [event({ variantId: 'xLONE' })] }) }),
      'events[0].variantId',
    ],
    [
      'the third event’s comment',
      () =>
        h.call('/v1/events', {
          body: lone({
            events: [
              event({ id: 'ok-1' }),
              event({ id: 'ok-2' }),
              event({
                id: 'bad-2',
                type: 'nps-answer',
                score: 9,
                segment: 'promoter',
                kind: 'transactional',
                comment: 'great 👍 LONE',
              }),
            ],
          }),
        }),
      'events[2].comment',
    ],
    [
      'an advocate’s name',
      () => h.call('/v1/referrals', { body: lone({ advocate: { id: 'a', name: 'AdaLONE' } }) }),
      'advocate.name',
    ],
    [
      'a claim’s visitorId',
      () =>
        h.call('/v1/referrals/ABC/claims', {
          body: lone({ email: 'f@example.net', visitorId: 'vLONE' }),
        }),
      'visitorId',
    ],
    [
      'the advocate header',
      () =>
        h.call('/v1/advocates/me/stats', {
          headers: { 'X-Grapevine-Advocate': encodeAdvocateHeader({ id: `a${LONE_HIGH}` }) },
        }),
      'X-Grapevine-Advocate.id',
    ],
    [
      'an order’s email (signed server call)',
      () =>
        signed(
          '/v1/orders',
          lone({ orderId: 'o-1', total: '1.00', currency: 'EUR', email: 'aLONE@example.com' }),
        ),
      'email',
    ],
    [
      'a redeemed coupon’s order id (signed server call)',
      () => signed('/v1/coupons/ABC/redeem', lone({ orderId: 'oLONE' })),
      'orderId',
    ],
  ])(
    'refuses a lone surrogate in %s with a 400 naming it, storing nothing',
    async (_label, request, path) => {
      const before = await db.query<{ n: number }>('select count(*)::int as n from events');
      const response = await request();
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('invalid-request');
      expect(body.error.message).toContain(`${path}: contains a lone UTF-16 surrogate`);
      expect(await db.query('select count(*)::int as n from events')).toEqual(before);
    },
  );

  it('still stores emoji, whose surrogates come in pairs', async () => {
    const response = await h.call('/v1/events', {
      body: { events: [event({ id: 'emoji-1', variantId: '👍🏽' })] },
    });
    expect(await response.json()).toEqual({ accepted: ['emoji-1'], duplicates: [] });
  });
});
