import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MINUTE } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, START, startHarness, testSite } from '../helpers/harness.js';
import { signSync, signV1 } from '../helpers/sign.js';

const SECRET = testSite().secret;

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

/** A v2-signed advocate at the harness's start time (tables are built before the harness). */
const signedNow = (fields: { id?: string; email?: string; name?: string }) => ({
  ...fields,
  signedAt: START,
  signature: signSync(SECRET, { ...fields, signedAt: START }),
});

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, { rateLimitPerAdvocate: 5 });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const referral = async (fields: { id?: string; email?: string; name?: string }) => {
    const response = await h.call('/v1/referrals', { body: { advocate: h.advocate(fields) } });
    expect(response.status).toBe(200);
    return (await response.json()) as { code: string; url: string };
  };

  describe('POST /v1/referrals', () => {
    it('gives a signed advocate a short, unambiguous code and the same code every time', async () => {
      const first = await referral({ id: 'c_1', email: 'ann@example.com', name: 'Ann Smith' });
      expect(first.code).toMatch(/^[2-9A-HJKMNP-TV-Z]{14}$/);
      expect(first).toEqual({
        code: first.code,
        url: `https://shop.example/?ref=${first.code}`,
        offer: h.site.offer,
      });
      expect((await referral({ id: 'c_1', email: 'ann@example.com' })).code).toBe(first.code);
    });

    it('knows an advocate without an id by normalized email', async () => {
      const first = await referral({ email: 'Bea.Jones+x@gmail.com' });
      expect((await referral({ email: 'beajones@gmail.com' })).code).toBe(first.code);
      expect((await referral({ email: 'someone-else@gmail.com' })).code).not.toBe(first.code);
    });

    it('gives concurrent first calls for one advocate one code', async () => {
      const codes = await Promise.all(Array.from({ length: 4 }, () => referral({ id: 'c_race' })));
      expect(new Set(codes.map((r) => r.code)).size).toBe(1);
    });

    it.each([
      ['unsigned', { id: 'c_1' }, 'unsigned'],
      ['forged', { ...{ id: 'c_1', signedAt: 0 }, signature: `v2=${'f'.repeat(64)}` }, 'forged'],
    ])('refuses a %s advocate with 401', async (_label, advocate, problem) => {
      const signedAt = h.clock.now();
      const body = { advocate: 'signedAt' in advocate ? { ...advocate, signedAt } : advocate };
      const response = await h.call('/v1/referrals', { body });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({
        error: { code: 'invalid-signature', message: `The advocate signature is ${problem}.` },
      });
    });

    it.each([
      ['renamed', { ...signedNow({ id: 'c_1', name: 'Anna' }), name: 'Mallory' }],
      ['ambiguous', { ...signedNow({ id: 'a', email: 'b|c@x.com' }), id: 'a|b', email: 'c@x.com' }],
    ])('refuses the %s advocate of a genuine signature with 401', async (_label, advocate) => {
      const response = await h.call('/v1/referrals', { body: { advocate } });
      expect(response.status).toBe(401);
      expect((await response.json()).error.message).toBe('The advocate signature is forged.');
    });

    it('refuses a version 1 signature with 401, saying how to sign v2', async () => {
      const signedAt = h.clock.now();
      const advocate = {
        id: 'c_1',
        signedAt,
        signature: signV1(h.site.secret, { id: 'c_1', signedAt }),
      };
      const response = await h.call('/v1/referrals', { body: { advocate } });
      expect(response.status).toBe(401);
      expect((await response.json()).error.message).toMatch(/outdated \(v1\).*signAdvocate/);
    });

    it('refuses a signature older than 10 minutes', async () => {
      const advocate = h.advocate({ id: 'c_1' }, h.clock.now() - 11 * MINUTE);
      const response = await h.call('/v1/referrals', { body: { advocate } });
      expect(response.status).toBe(401);
      expect((await response.json()).error.message).toContain('expired');
    });

    it.each([
      ['malformed JSON', '{"advocate":', 400, 'malformed-json'],
      ['an array', '[]', 400, 'invalid-request'],
      ['a wrong type', JSON.stringify({ advocate: { id: 42 } }), 400, 'invalid-request'],
      [
        'a bad signature format',
        JSON.stringify({ advocate: { id: 'x', signedAt: 1, signature: 'zz' } }),
        400,
        'invalid-request',
      ],
      ['no advocate', '{}', 400, 'invalid-request'],
    ])('answers %s with the right error', async (_label, body, status, code) => {
      const response = await h.call('/v1/referrals', { body });
      expect(response.status).toBe(status);
      expect((await response.json()).error.code).toBe(code);
    });

    it('limits requests per advocate with 429 and Retry-After', async () => {
      for (let i = 0; i < 5; i += 1) await referral({ id: 'c_busy' });
      const response = await h.call('/v1/referrals', {
        body: { advocate: h.advocate({ id: 'c_busy' }) },
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect((await response.json()).error.code).toBe('rate-limited');
      h.clock.advance(MINUTE);
      expect((await referral({ id: 'c_busy' })).code).toBeTruthy();
    });
  });

  describe('anonymous referrals', () => {
    it('are refused unless the site allows them, and then never reuse a code', async () => {
      const open = await startHarness(db, {
        site: testSite({ siteKey: 'open-shop', allowUnsignedReferrals: true }),
      });
      try {
        const one = await (await open.call('/v1/referrals', { body: { advocate: {} } })).json();
        const two = await (await open.call('/v1/referrals', { body: { advocate: {} } })).json();
        expect(one.code).toMatch(/^[2-9A-Z]{14}$/);
        expect(two.code).not.toBe(one.code);
      } finally {
        await open.close();
      }
      expect((await h.call('/v1/referrals', { body: { advocate: {} } })).status).toBe(401);
    });
  });

  describe('GET /v1/referrals/:code', () => {
    it('shows the friend offer with the first name only, never the email', async () => {
      const { code } = await referral({
        id: 'c_offer',
        email: 'carla.secret@example.com',
        name: 'Carla Maria Ruiz',
      });
      const response = await h.call(`/v1/referrals/${code.toLowerCase()}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        code,
        status: 'valid',
        advocateName: 'Carla',
        friend: h.site.offer.friend,
      });
      expect(text).not.toContain('secret');
      expect(text).not.toContain('c_offer');
    });

    it('tells the advocate politely that it is their own link (a visitor the signed advocate named)', async () => {
      const advocate = h.advocate({ id: 'c_self' });
      const response = await h.call('/v1/referrals', { body: { advocate, visitorId: 'v-self' } });
      const { code } = (await response.json()) as { code: string };
      const own = await (await h.call(`/v1/referrals/${code}?visitorId=v-self`)).json();
      expect(own.status).toBe('self-referral');
      const other = await (await h.call(`/v1/referrals/${code}?visitorId=v-friend`)).json();
      expect(other.status).toBe('valid');
    });

    it('does not trust an unsigned advocateId in events to mark a visitor as the advocate', async () => {
      const { code } = await referral({ id: 'c_victim' });
      const sent = await h.call('/v1/events', {
        body: {
          events: [
            {
              id: 'ev-forged-advocate',
              type: 'impression',
              at: h.clock.now(),
              visitorId: 'v-innocent-friend',
              advocateId: 'c_victim',
              campaignId: 'c',
              variantId: 'default',
            },
          ],
        },
      });
      expect(sent.status).toBe(200);
      const offer = await (
        await h.call(`/v1/referrals/${code}?visitorId=v-innocent-friend`)
      ).json();
      expect(offer.status).toBe('valid');
    });

    it('does not remember a visitor for an unsigned or forged advocate', async () => {
      const forged = { ...h.advocate({ id: 'c_forged' }), name: 'Mallory' };
      const response = await h.call('/v1/referrals', {
        body: { advocate: forged, visitorId: 'v-forged' },
      });
      expect(response.status).toBe(401);
      const rows = await db.query("select 1 from advocate_visitors where visitor_id = 'v-forged'");
      expect(rows).toEqual([]);
    });

    it.each([
      ['an unknown code', '/v1/referrals/ZZZZZZZZZZZZZZ', 404, 'unknown-code'],
      ['a code with bad characters', '/v1/referrals/bad%20code!', 400, 'invalid-request'],
      ['a code that is too long', `/v1/referrals/${'A'.repeat(65)}`, 400, 'invalid-request'],
      [
        'a NUL in the visitor id',
        '/v1/referrals/ZZZZZZZZZZZZZZ?visitorId=a%00b',
        400,
        'invalid-request',
      ],
      [
        'an oversized visitor id',
        `/v1/referrals/ZZZZZZZZZZZZZZ?visitorId=${'v'.repeat(129)}`,
        400,
        'invalid-request',
      ],
    ])('answers %s with the right error', async (_label, path, status, code) => {
      const response = await h.call(path);
      expect(response.status).toBe(status);
      expect((await response.json()).error.code).toBe(code);
    });
  });

  describe('GET /v1/advocates/me/stats', () => {
    const header = (advocate: object) => ({
      'X-Grapevine-Advocate': encodeURIComponent(JSON.stringify(advocate)),
    });

    it('gives a signed advocate their own numbers (zeros before any activity)', async () => {
      const response = await h.call('/v1/advocates/me/stats', {
        headers: header(h.advocate({ id: 'c_new' })),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toContain('no-store');
      expect(await response.json()).toEqual({
        clicks: 0,
        claims: 0,
        conversions: 0,
        rewardsEarned: 0,
        rewardsPending: 0,
        currency: 'EUR',
      });
    });

    // Headers are built lazily: the signature needs the harness clock.
    it.each([
      ['no header (401, as the contract says)', () => ({}), 401],
      ['an empty header', () => ({ 'X-Grapevine-Advocate': '' }), 401],
      ['a header that is not JSON', () => ({ 'X-Grapevine-Advocate': '%7Bnope' }), 400],
      ['a NUL in the id', () => header({ ...h.advocate({ id: 'c_1' }), id: 'c\u00001' }), 400],
      ['an unsigned advocate', () => header({ id: 'c_1' }), 401],
      [
        'another id under c_1’s signature',
        () => header({ ...h.advocate({ id: 'c_1' }), id: 'c_2' }),
        401,
      ],
    ])('refuses %s', async (_label, headers, status) => {
      const response = await h.call('/v1/advocates/me/stats', { headers: headers() });
      expect(response.status).toBe(status);
    });
  });
});
