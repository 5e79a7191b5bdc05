import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fulfilmentSchema } from '../../src/coupons/config.js';
import { parsePoolUpload } from '../../src/coupons/pool.js';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { ADMIN_TOKEN, type Harness, startHarness, testSite } from '../helpers/harness.js';
import { twoProcesses } from '../helpers/processes.js';

vi.setConfig({ testTimeout: 30_000 });

describe('parsePoolUpload', () => {
  it.each([
    ['CODE-001\nCODE-002\r\n\nCODE-001\n', 'text/csv', { codes: ['CODE-001', 'CODE-002'] }],
    ['code,value\n"SPRING-1",10\nSPRING-2,10', 'text/csv', { codes: ['SPRING-1', 'SPRING-2'] }],
    ['["JSON-1","JSON-2"]', 'application/json', { codes: ['JSON-1', 'JSON-2'] }],
    ['{"codes":["JSON-3"]}', 'application/json', { codes: ['JSON-3'] }],
    [
      'OK-1\nnot a code\n',
      'text/csv',
      { problem: 'line 2: expected 3–64 letters, digits, _ or -' },
    ],
    [
      '["OK-1", 5]',
      'application/json',
      { problem: 'codes[1]: expected 3–64 letters, digits, _ or -' },
    ],
    ['{"codes":"X"}', 'application/json', { problem: 'codes: expected an array of strings' }],
    ['{', 'application/json', { problem: 'body: not valid JSON' }],
    ['\n\n', 'text/csv', { problem: 'codes: none in the upload' }],
  ])('%j (%s)', (text, type, expected) => {
    expect(parsePoolUpload(text, type)).toEqual(expected);
  });
});

describe.each(databaseKinds)('a pool site on %s', (kind) => {
  let db: Database;
  let h: Harness;
  const warnings: string[] = [];
  const site = testSite({
    fulfilment: fulfilmentSchema.parse({ provider: 'pool', lowWatermark: 2 }),
  });

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, {
      site,
      logger: { info() {}, error() {}, warn: (message) => warnings.push(message) },
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const upload = (body: string, type: string, token = ADMIN_TOKEN) =>
    fetch(`${h.url}/admin/api/pool?site=${site.siteKey}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body,
    });
  let advocates = 0;
  const claim = async (email: string) => {
    advocates += 1;
    const referral = await h.call('/v1/referrals', {
      body: { advocate: h.advocate({ id: `p-${advocates}`, email: `p-${advocates}@example.com` }) },
    });
    const { code } = (await referral.json()) as { code: string };
    const response = await h.call(`/v1/referrals/${code}/claims`, {
      body: { email, visitorId: `v-${email}` },
    });
    return (await response.json()) as { status: string; coupon?: { code: string } };
  };

  it('needs the admin token and a type no cross-site form can send', async () => {
    expect((await upload('A-1', 'text/csv', 'wrong-token-wrong-token')).status).toBe(401);
    expect((await upload('A-1', 'text/plain')).status).toBe(415);
    expect((await upload('A-1', 'application/x-www-form-urlencoded')).status).toBe(415);
    const bad = await upload('A-1\nno good\n', 'text/csv');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'invalid-request', message: 'line 2: expected 3–64 letters, digits, _ or -' },
    });
  });

  it('hands each uploaded code out once, warns when few remain, and tells the friend when none are left', async () => {
    const first = await upload('code\nPOOL-A\nPOOL-B\nPOOL-C\n', 'text/csv');
    expect(await first.json()).toEqual({
      added: 3,
      skipped: 0,
      remaining: 3,
      handedOut: 0,
      lowWatermark: 2,
      low: false,
    });
    const again = await upload('["POOL-C","POOL-D"]', 'application/json');
    expect(await again.json()).toMatchObject({ added: 1, skipped: 1, remaining: 4 });
    const codes = [];
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com']) {
      codes.push((await claim(email)).coupon?.code);
    }
    expect(codes).toEqual(['POOL-A', 'POOL-B', 'POOL-C', 'POOL-D']);
    expect(warnings.filter((message) => message === 'coupon pool running low')).toHaveLength(2);
    expect(await claim('late@example.com')).toEqual({
      status: 'exhausted',
      reward: site.offer.friend,
    });
    expect(warnings).toContain('coupon pool empty: a friend could not claim');
    // Nothing half-issued: the friend can claim again once the shop uploads more codes.
    expect(
      await db.query("select 1 from claims where friend_email_norm = 'late@example.com'"),
    ).toEqual([]);
    await upload('POOL-E', 'text/csv');
    expect((await claim('late@example.com')).coupon?.code).toBe('POOL-E');
    const status = await fetch(`${h.url}/admin/api/pool?site=${site.siteKey}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(await status.json()).toEqual({ remaining: 0, handedOut: 5, lowWatermark: 2, low: true });
  });
});

describe.each(databaseKinds)('two processes sharing a pool on %s', (kind) => {
  it('never hand out one code twice', async () => {
    const { a, b, close } = await twoProcesses(kind);
    const site = testSite({
      fulfilment: fulfilmentSchema.parse({ provider: 'pool', lowWatermark: 0 }),
    });
    const [ha, hb] = [await startHarness(a, { site }), await startHarness(b, { site })];
    try {
      const codes = Array.from({ length: 12 }, (_, i) => `RACE-${i}`);
      await fetch(`${ha.url}/admin/api/pool?site=${site.siteKey}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(codes),
      });
      const referral = await ha.call('/v1/referrals', {
        body: { advocate: ha.advocate({ id: 'race', email: 'race@example.com' }) },
      });
      const { code } = (await referral.json()) as { code: string };
      const answers = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const h = i % 2 === 0 ? ha : hb;
          const response = await h.call(`/v1/referrals/${code}/claims`, {
            body: { email: `f${i}@example.com`, visitorId: `v${i}` },
          });
          return (await response.json()) as { status: string; coupon?: { code: string } };
        }),
      );
      const given = answers
        .filter((answer) => answer.status === 'claimed')
        .map((answer) => answer.coupon?.code);
      expect(given.length).toBe(10); // the daily cap is 10
      expect(new Set(given).size).toBe(given.length);
      const rows = await a.query<{ n: number }>(
        'select count(*)::int as n from coupon_pool where claim_id is not null',
      );
      expect(rows[0]?.n).toBe(given.length);
    } finally {
      await ha.close();
      await hb.close();
      await close();
    }
  }, 60_000);
});
