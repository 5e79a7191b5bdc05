import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, testSite } from '../helpers/harness.js';

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, { site: testSite({ claimsPerCodePerDay: 3 }) });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  let advocates = 0;
  /** A fresh advocate (id, email) and their code. */
  async function newCode(email = `advocate-${advocates}@example.com`) {
    advocates += 1;
    const id = `adv-${advocates}`;
    const response = await h.call('/v1/referrals', {
      body: { advocate: h.advocate({ id, email }) },
    });
    return { id, code: ((await response.json()) as { code: string }).code };
  }

  const claim = (code: string, email: string, visitorId = `visitor-${email}`) =>
    h.call(`/v1/referrals/${code}/claims`, { body: { email, visitorId } });

  describe('POST /v1/referrals/:code/claims', () => {
    it('gives a friend a unique single-use coupon and the friend reward', async () => {
      const { code } = await newCode();
      const first = await claim(code, 'friend-1@example.com');
      expect(first.status).toBe(200);
      const body = await first.json();
      expect(body).toEqual({
        status: 'claimed',
        coupon: {
          code: expect.stringMatching(/^GV-/),
          expiresAt: new Date(h.clock.now() + 30 * DAY).toISOString(),
          // No fulfilment configured: the landing page with the code to apply.
          applyUrl: expect.stringMatching(
            new RegExp(`^https://shop\\.example/\\?ref=${code}&coupon=GV-[A-Z0-9-]+$`),
          ),
        },
        reward: h.site.offer.friend,
      });
      const second = await (await claim(code, 'friend-2@example.com')).json();
      expect(second.coupon.code).not.toBe(body.coupon.code);
    });

    it('returns the same coupon when the same friend claims again (case, dots and tags ignored)', async () => {
      const { code } = await newCode();
      const first = await (await claim(code, 'Dora.Friend@gmail.com')).json();
      const again = await (
        await claim(code, 'dorafriend+again@GMAIL.com', 'another-device')
      ).json();
      expect(again).toEqual(first);
    });

    it('stores one claim for concurrent duplicates', async () => {
      const { code } = await newCode();
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => claim(code, 'racer@example.com')),
      );
      const bodies = await Promise.all(answers.map((r) => r.json()));
      expect(new Set(bodies.map((b) => b.coupon?.code)).size).toBe(1);
      const rows = await db.query<{ n: number }>(
        "select count(*)::int as n from claims where friend_email_norm = 'racer@example.com'",
      );
      expect(rows[0]?.n).toBe(1);
    });

    it('gives one welcome offer per friend, not one per advocate', async () => {
      const a = await newCode();
      const b = await newCode();
      expect((await (await claim(a.code, 'popular@example.com')).json()).status).toBe('claimed');
      expect((await (await claim(b.code, 'popular@example.com')).json()).status).toBe('exhausted');
    });

    it.each([
      ['the same email', 'self.one@example.com', 'Self.One+deal@Example.com', 'fresh-visitor'],
      ['a Gmail variant of it', 'selftwo@gmail.com', 'Self.Two@googlemail.com', 'fresh-visitor-2'],
      [
        'the advocate’s own visitor id',
        'self3@example.com',
        'other-address@example.com',
        'advocate-device',
      ],
    ])(
      'flags a self-referral by %s: no coupon, stored as flagged',
      async (_label, advocateEmail, email, visitorId) => {
        const { id, code } = await newCode(advocateEmail);
        // The signed advocate names their own device.
        await h.call('/v1/referrals', {
          body: {
            advocate: h.advocate({ id, email: advocateEmail }),
            visitorId: 'advocate-device',
          },
        });
        const body = await (await claim(code, email, visitorId)).json();
        expect(body).toEqual({ status: 'self-referral', reward: h.site.offer.friend });
        const rows = await db.query<{ status: string; coupon: string | null }>(
          'select status, coupon from claims where code = $1',
          [code],
        );
        expect(rows).toEqual([{ status: 'self-referral', coupon: null }]);
      },
    );

    it('caps claims per code per day, then opens again the next day', async () => {
      const { code } = await newCode();
      for (let i = 0; i < 3; i += 1) {
        expect((await (await claim(code, `cap-${i}@example.com`)).json()).status).toBe('claimed');
      }
      expect(await (await claim(code, 'cap-3@example.com')).json()).toEqual({
        status: 'limit-reached',
        reward: h.site.offer.friend,
      });
      expect((await (await h.call(`/v1/referrals/${code}`)).json()).status).toBe('exhausted');
      // A refused claim leaves no row behind, so the friend can come back.
      h.clock.advance(DAY);
      expect((await (await claim(code, 'cap-3@example.com')).json()).status).toBe('claimed');
    });

    it('never overshoots the cap under concurrent claims', async () => {
      const { code } = await newCode();
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) => claim(code, `burst-${i}@example.com`)),
      );
      const statuses = await Promise.all(answers.map(async (r) => (await r.json()).status));
      expect(statuses.filter((s) => s === 'claimed')).toHaveLength(3);
      expect(statuses.filter((s) => s === 'limit-reached')).toHaveLength(5);
    });

    it.each([
      ['malformed JSON', '{"email":', 400, 'malformed-json'],
      ['a wrong type', JSON.stringify({ email: 7, visitorId: 'v' }), 400, 'invalid-request'],
      ['a missing visitor id', JSON.stringify({ email: 'a@example.com' }), 400, 'invalid-request'],
      [
        'a NUL in the visitor id',
        JSON.stringify({ email: 'a@example.com', visitorId: 'v\u0000' }),
        400,
        'invalid-request',
      ],
      [
        'an address that is not an email',
        JSON.stringify({ email: 'not an email', visitorId: 'v' }),
        400,
        'invalid-email',
      ],
      [
        'an oversized email',
        JSON.stringify({ email: `${'a'.repeat(250)}@x.co`, visitorId: 'v' }),
        400,
        'invalid-request',
      ],
    ])('answers %s with the right error', async (_label, body, status, errorCode) => {
      const { code } = await newCode();
      const response = await h.call(`/v1/referrals/${code}/claims`, { body });
      expect(response.status).toBe(status);
      expect((await response.json()).error.code).toBe(errorCode);
    });

    it('answers an unknown code with 404', async () => {
      const response = await claim('ZZZZZZZZZZZZZZ', 'x@example.com');
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('unknown-code');
    });
  });
});
